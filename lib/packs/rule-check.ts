import { runPackExamples, validatePack, type ExampleResult, type Lexicon, type PackProblem, type Rule } from '../engine';

export interface RuleCheck {
  /** The rule, when it is valid. */
  rule?: Rule;
  /** Problems with JSON paths relative to the rule ("when.all[0].customerLast.lexicon"). */
  problems: PackProblem[];
  /** The rule's own examples, run on every edit. */
  examples: ExampleResult[];
  /** True when the rule may be saved as enabled: valid and every example passes. */
  canEnable: boolean;
}

function relative(path: string): string {
  if (path === 'rules[0]') return '$';
  return path.replace(/^rules\[0\]\.?/, '');
}

/** Validates one rule among the lexicons it can use, then runs its examples. */
export function checkRule(input: unknown, lexicons: Record<string, Lexicon>): RuleCheck {
  const result = validatePack({ format: 1, id: 'draft', name: 'draft', lexicons, rules: [input] });
  if (!result.ok) {
    const problems = result.problems.filter((p) => p.path.startsWith('rules[0]') || p.path === 'rules').map((p) => ({ ...p, path: relative(p.path) }));
    // Problems elsewhere (another lexicon) are not this rule's; still refuse, but say where.
    return { problems: problems.length ? problems : result.problems, examples: [], canEnable: false };
  }
  const rule = result.pack.rules[0]!;
  let examples: ExampleResult[] = [];
  try {
    examples = runPackExamples(result.pack);
  } catch (error) {
    return { rule, problems: [{ path: 'examples', message: error instanceof Error ? error.message : String(error) }], examples: [], canEnable: false };
  }
  return { rule, problems: [], examples, canEnable: examples.every((e) => e.passed) };
}
