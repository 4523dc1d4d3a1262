import type { z } from 'zod';
import { compilePattern } from './match/regex';
import { normalizePhrase } from './match/normalize';
import { LexiconSchema, PackSchema, RuleSchema, type Pack, type Rule } from './schema';
import { forEachMatcher } from './walk';

/** One thing wrong with a pack, named by its JSON path so a team lead can find it. */
export interface PackProblem {
  path: string;
  message: string;
  ruleId?: string;
}

export type ValidationResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(`The rule pack has ${problems.length} problem(s): ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'PackError';
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '$';
}

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

/** Problems zod cannot see: references, duplicates, regexes, phrases that vanish when normalised. */
export function semanticProblems(pack: Pack, ruleIndexes?: number[]): PackProblem[] {
  const problems: PackProblem[] = [];
  const lexicons = pack.lexicons ?? {};
  for (const [name, lex] of Object.entries(lexicons)) {
    const path = `lexicons[${JSON.stringify(name)}]`;
    const phrases = [...(lex.ja ?? []), ...(lex.en ?? [])];
    if (phrases.length === 0 && (lex.patterns ?? []).length === 0) problems.push({ path, message: `Lexicon "${name}" has no phrases and no patterns.` });
    (lex.patterns ?? []).forEach((p, i) => {
      const r = compilePattern(p);
      if (!r.ok) problems.push({ path: `${path}.patterns[${i}]`, message: r.reason });
    });
    for (const lang of ['ja', 'en'] as const) {
      (lex[lang] ?? []).forEach((p, i) => {
        if (!normalizePhrase(p.replace(/\*$/, ''))) problems.push({ path: `${path}.${lang}[${i}]`, message: `The phrase ${JSON.stringify(p)} is empty once spaces are removed.` });
      });
    }
  }
  const seen = new Map<string, number>();
  pack.rules.forEach((rule, k) => {
    const r = ruleIndexes?.[k] ?? k;
    const rulePath = `rules[${r}]`;
    const ruleId = rule.id;
    const first = seen.get(rule.id);
    if (first !== undefined) problems.push({ path: `${rulePath}.id`, message: `Duplicate rule id "${rule.id}" (also rules[${first}]).`, ruleId });
    else seen.set(rule.id, r);
    forEachMatcher(rule, rulePath, (m, path) => {
      if (m.lexicon !== undefined && !(m.lexicon in lexicons)) problems.push({ path: `${path}.lexicon`, message: `Unknown lexicon "${m.lexicon}" (rule "${ruleId}").`, ruleId });
      if (m.pattern !== undefined) {
        const c = compilePattern(m.pattern);
        if (!c.ok) problems.push({ path: `${path}.pattern`, message: `${c.reason} (rule "${ruleId}").`, ruleId });
      }
      (m.phrases ?? []).forEach((p, i) => {
        if (!normalizePhrase(p.replace(/\*$/, ''))) problems.push({ path: `${path}.phrases[${i}]`, message: `The phrase ${JSON.stringify(p)} is empty once spaces are removed (rule "${ruleId}").`, ruleId });
      });
    });
  });
  return problems;
}

/**
 * When the pack does not even parse, still check references, ids and regexes of the parts
 * that do, so the team lead sees every problem in one go rather than one round per fix.
 */
function partialSemanticProblems(input: unknown): PackProblem[] {
  if (typeof input !== 'object' || input === null) return [];
  const raw = input as { rules?: unknown; lexicons?: unknown };
  const lexicons: NonNullable<Pack['lexicons']> = {};
  const unparsedLexicons = new Set<string>();
  if (typeof raw.lexicons === 'object' && raw.lexicons !== null) {
    for (const [name, lex] of Object.entries(raw.lexicons)) {
      const r = LexiconSchema.safeParse(lex);
      if (r.success) lexicons[name] = r.data;
      else unparsedLexicons.add(name);
    }
  }
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
  const problems = semanticProblems({ format: 1, id: 'partial', name: 'partial', lexicons, rules }, indexes).filter(
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

/** Checks a pack completely. A pack with any problem must be refused whole. */
export function validatePack(input: unknown): ValidationResult {
  const parsed = PackSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [...schemaProblems(input, parsed.error), ...partialSemanticProblems(input)] };
  const problems = semanticProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, pack: parsed.data };
}
