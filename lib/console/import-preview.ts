import { admitPack, parsePackBytes, type Pack, type PackBytesRefusal, type PackBytesResult, type PackProblem, type Rule } from '../engine';
import { MAX_PACK_BYTES } from '../input/limits';
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
  /** Tool definitions by id: the import replaces the imported pack's tools whole too. */
  tools: { adds: string[]; changes: string[]; removes: string[] };
}

/** Why a file was not imported: the file itself, the pack's format, or its rules' own examples. */
export type ImportRefusal = PackBytesRefusal | 'invalid' | 'failing-examples' | 'unreadable';

export type ImportCheck = { ok: true; preview: ImportPreview } | { ok: false; reason: ImportRefusal; problems: PackProblem[] };

/**
 * Reads a chosen file as a pack. At most one byte past the limit is read, so a huge file is
 * refused without being loaded; then strict UTF-8 and JSON (see parsePackBytes).
 */
export async function readPackFile(file: Blob, limit: number = MAX_PACK_BYTES): Promise<PackBytesResult> {
  const bytes = new Uint8Array(await file.slice(0, limit + 1).arrayBuffer());
  return parsePackBytes(bytes, limit);
}

/**
 * What importing `input` would do to the team's pack: it replaces it whole, so rules it does
 * not hold are removed. A pack that is not admitted (a problem, or a rule failing its own
 * examples) gives only the problems, each by JSON path.
 */
export function previewImport(current: Pack, input: unknown): ImportCheck {
  const result = admitPack(input);
  if (!result.ok) return { ok: false, reason: result.reason, problems: result.problems };
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
  // Own properties only: a lexicon called "toString" is new, not a change to Object.prototype's.
  const lexicons = {
    adds: Object.keys(newLex).filter((n) => !Object.hasOwn(oldLex, n)),
    changes: Object.keys(newLex).filter((n) => Object.hasOwn(oldLex, n) && json(oldLex[n]) !== json(newLex[n])),
    removes: Object.keys(oldLex).filter((n) => !Object.hasOwn(newLex, n)),
  };
  const oldTools = new Map((current.tools ?? []).map((tool) => [tool.id, tool]));
  const newTools = new Map((pack.tools ?? []).map((tool) => [tool.id, tool]));
  const tools = {
    adds: [...newTools.keys()].filter((id) => !oldTools.has(id)),
    changes: [...newTools].filter(([id, tool]) => oldTools.has(id) && json(oldTools.get(id)) !== json(tool)).map(([id]) => id),
    removes: [...oldTools.keys()].filter((id) => !newTools.has(id)),
  };
  return { ok: true, preview: { pack, adds, changes, removes, unchanged, lexicons, tools } };
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
  for (const name of used) {
    const lexicon = Object.hasOwn(available, name) ? available[name] : undefined;
    if (!Object.hasOwn(lexicons, name) && lexicon) lexicons[name] = lexicon;
  }
  return {
    $schema: 'https://kizuki.app/schema/kizuki-pack.schema.json',
    ...team,
    ...(Object.keys(lexicons).length ? { lexicons } : {}),
  };
}
