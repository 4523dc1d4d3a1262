import { firstTooDeep, pathsOfKey } from '../input/json-depth';
import { MAX_JSON_DEPTH, MAX_LEXICON_PHRASES, MAX_PACK_TOOLS, MAX_RULES } from '../input/limits';
import { formatPath, type PackProblem } from './problems';

const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * What a pack must satisfy before the validator may walk it: no nesting deeper than the
 * limit (the validator and compiler recurse, and a `when` nested thousands deep would
 * overflow their stack), no key called "__proto__" (the validator would drop it without a
 * word), and no more rules or lexicon phrases than a team's coaching needs. A pack that fails
 * here is refused on these problems alone.
 */
export function preflightProblems(input: unknown): PackProblem[] {
  const deep = firstTooDeep(input, MAX_JSON_DEPTH);
  if (deep) {
    return [withRule(input, deep, { path: formatPath(deep), message: `Nested more than ${MAX_JSON_DEPTH} levels deep here; no rule needs conditions nested this deep.` })];
  }
  if (typeof input !== 'object' || input === null) return [];
  const problems: PackProblem[] = pathsOfKey(input, '__proto__').map((path) => withRule(input, path, {
    path: formatPath(path),
    message: path.length === 2 && path[0] === 'lexicons'
      ? 'A lexicon may not be called "__proto__"; choose another name.'
      : 'A key called "__proto__" is not allowed in a pack.',
  }));
  const { rules, lexicons, tools } = input as { rules?: unknown; lexicons?: unknown; tools?: unknown };
  if (count(rules) > MAX_RULES) problems.push({ path: 'rules', message: `${count(rules)} rules; a pack holds at most ${MAX_RULES}.` });
  if (count(tools) > MAX_PACK_TOOLS) problems.push({ path: 'tools', message: `${count(tools)} tools; a pack holds at most ${MAX_PACK_TOOLS}.` });
  if (typeof lexicons === 'object' && lexicons !== null) {
    for (const name of Object.keys(lexicons)) {
      const lex = (lexicons as Record<string, unknown>)[name];
      if (typeof lex !== 'object' || lex === null) continue;
      const { ja, en, except, patterns } = lex as Record<string, unknown>;
      const phrases = count(ja) + count(en) + count(except) + count(patterns);
      if (phrases > MAX_LEXICON_PHRASES) {
        problems.push({ path: formatPath(['lexicons', name]), message: `Lexicon "${name}" has ${phrases} phrases and patterns; a lexicon holds at most ${MAX_LEXICON_PHRASES}.` });
      }
    }
  }
  return problems;
}

/** The rule a path points into, so the console can show the problem beside that rule. */
function withRule(input: unknown, path: readonly (string | number)[], problem: PackProblem): PackProblem {
  if (path[0] !== 'rules' || typeof path[1] !== 'number') return problem;
  const rules = (input as { rules?: unknown }).rules;
  const id = Array.isArray(rules) ? (rules[path[1]] as { id?: unknown } | null)?.id : undefined;
  return typeof id === 'string' ? { ...problem, ruleId: id } : problem;
}
