import type { z } from 'zod';
import { semanticProblems } from './compile';
import { preflightProblems } from './preflight';
import { formatPath, type PackProblem } from './problems';
import { LexiconSchema, PackSchema, RuleSchema, type Lexicon, type Pack, type Rule } from './schema';
import { packToolProblems, toolProblemSentence } from '../tools/pack-tools';

export { PackError, formatPath, type PackProblem } from './problems';

export type ValidationResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

function ruleIdAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return undefined;
  const rules = (input as { rules?: unknown } | null)?.rules;
  const rule = Array.isArray(rules) ? (rules[path[1]] as { id?: unknown } | undefined) : undefined;
  return typeof rule?.id === 'string' ? rule.id : undefined;
}

function schemaProblems(input: unknown, error: z.ZodError): PackProblem[] {
  return error.issues.map((issue) => {
    const ruleId = ruleIdAt(input, issue.path);
    return { path: formatPath(issue.path), message: issue.message, ...(ruleId ? { ruleId } : {}) };
  });
}

/**
 * When the pack does not even parse, still check references, ids and regexes of the parts
 * that do, so the team lead sees every problem in one go rather than one round per fix.
 */
function partialSemanticProblems(input: unknown): PackProblem[] {
  if (typeof input !== 'object' || input === null) return [];
  const raw = input as { rules?: unknown; lexicons?: unknown };
  const parsedLexicons: [string, Lexicon][] = [];
  const unparsedLexicons = new Set<string>();
  if (typeof raw.lexicons === 'object' && raw.lexicons !== null) {
    for (const [name, lex] of Object.entries(raw.lexicons)) {
      const r = LexiconSchema.safeParse(lex);
      if (r.success) parsedLexicons.push([name, r.data]);
      else unparsedLexicons.add(name);
    }
  }
  // fromEntries defines own properties: a key like "__proto__" stays a key, never a prototype.
  const lexicons: NonNullable<Pack['lexicons']> = Object.fromEntries(parsedLexicons);
  const rawRules: unknown[] = Array.isArray(raw.rules) ? raw.rules : [];
  const rules: Rule[] = [];
  const indexes: number[] = [];
  rawRules.forEach((rule, i) => {
    const r = RuleSchema.safeParse(rule);
    if (r.success) {
      rules.push(r.data);
      indexes.push(i);
    }
  });
  const problems = semanticProblems({ format: 1, id: 'partial', name: 'partial', lexicons, rules }, undefined, indexes).filter(
    (p) => !p.message.startsWith('Duplicate') && ![...unparsedLexicons].some((name) => p.message.startsWith(`Unknown lexicon "${name}"`)),
  );
  const seen = new Map<string, number>();
  rawRules.forEach((rule, i) => {
    const id = (rule as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else problems.push({ path: `rules[${i}].id`, message: `Duplicate rule id "${id}" (also rules[${first}]).`, ruleId: id });
  });
  return problems;
}

/** The pack's tools, checked past their shape (patterns, selectors, `extends`, ids), whether or not the rest parsed. */
function toolProblems(input: unknown): PackProblem[] {
  const tools = typeof input === 'object' && input !== null ? (input as { tools?: unknown }).tools : undefined;
  return packToolProblems(tools).map(({ path, problem }) => ({ path: formatPath(path), message: toolProblemSentence(problem), tool: problem }));
}

/**
 * Checks a pack completely. A pack with any problem must be refused whole. The preflight comes first:
 * a pack nested too deep is refused before the validator walks it.
 */
export function validatePack(input: unknown): ValidationResult {
  const limits = preflightProblems(input);
  if (limits.length) return { ok: false, problems: limits };
  const parsed = PackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [...schemaProblems(input, parsed.error), ...partialSemanticProblems(input), ...toolProblems(input)] };
  const problems = [...semanticProblems(parsed.data), ...toolProblems(parsed.data)];
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data };
}
