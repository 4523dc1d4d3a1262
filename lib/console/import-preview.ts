import { validatePack, type Pack, type PackProblem, type Rule } from '../engine';
import { canonicalJson as json, jsonDiff, type DiffLine } from '../packs/diff';

export interface RuleChange {
  id: string;
  before: Rule;
  after: Rule;
  diff: DiffLine[];
}

export interface ImportPreview {
  pack: Pack;
  adds: Rule[];
  changes: RuleChange[];
  removes: Rule[];
  unchanged: number;
  lexicons: { adds: string[]; changes: string[]; removes: string[] };
}

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; problems: PackProblem[] };

/** Parses the file's text; a syntax error is reported like any other problem, at "$". */
export function parsePackText(text: string): { ok: true; value: unknown } | { ok: false; problems: PackProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

/**
 * What importing `input` would do to the team's pack: it replaces it whole, so rules it does
 * not hold are removed. A pack with any problem gives only the problems, each by JSON path.
 */
export function previewImport(current: Pack, input: unknown): ImportCheck {
  const result = validatePack(input);
  if (!result.ok) return { ok: false, problems: result.problems };
  const pack = result.pack;
  const before = new Map(current.rules.map((r) => [r.id, r]));
  const incoming = new Set(pack.rules.map((r) => r.id));
  const adds: Rule[] = [];
  const changes: RuleChange[] = [];
  let unchanged = 0;
  for (const rule of pack.rules) {
    const old = before.get(rule.id);
    if (!old) adds.push(rule);
    else if (json(old) !== json(rule)) changes.push({ id: rule.id, before: old, after: rule, diff: jsonDiff(json(old), json(rule)) });
    else unchanged += 1;
  }
  const removes = current.rules.filter((r) => !incoming.has(r.id));
  const oldLex = current.lexicons ?? {};
  const newLex = pack.lexicons ?? {};
  const lexicons = {
    adds: Object.keys(newLex).filter((n) => !(n in oldLex)),
    changes: Object.keys(newLex).filter((n) => n in oldLex && json(oldLex[n]) !== json(newLex[n])),
    removes: Object.keys(oldLex).filter((n) => !(n in newLex)),
  };
  return { ok: true, preview: { pack, adds, changes, removes, unchanged, lexicons } };
}

/** The team's pack as a file: self-contained, so the built-in lexicons its rules use travel with it. */
export function exportablePack(team: Pack, available: Record<string, NonNullable<Pack['lexicons']>[string]>): Pack {
  const lexicons = { ...(team.lexicons ?? {}) };
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'lexicon' && typeof inner === 'string') used.add(inner);
        else if (key !== 'examples') visit(inner);
      }
    }
  };
  team.rules.forEach(visit);
  for (const name of used) if (!(name in lexicons) && available[name]) lexicons[name] = available[name];
  return {
    $schema: 'https://kizuki.app/schema/kizuki-pack.schema.json',
    ...team,
    ...(Object.keys(lexicons).length ? { lexicons } : {}),
  };
}
