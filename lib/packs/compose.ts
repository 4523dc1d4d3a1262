import type { Lexicon, Pack, PackProblem, Rule, ValidationResult } from '../engine';

export interface PackSources {
  builtin: Pack;
  /** The subscribed pack's last good version. */
  subscription?: Pack | null;
  /** The team's own rules and lexicons from the console. */
  team?: Pack | null;
  /** A pack set by enterprise policy (inline, or its URL's last good version). */
  managed?: Pack | null;
  /** Rules switched off by the team lead or the agent. */
  disabled?: readonly string[];
  /** Rules the policy keeps on, whatever the disabled list says. */
  locked?: readonly string[];
}

export interface ComposedPack {
  pack: Pack;
  /** Rules left out because the merged pack found a problem in them (e.g. a lexicon that left). */
  dropped: PackProblem[];
}

export const ACTIVE_PACK_ID = 'kizuki-active';

/**
 * The pack the agent's side panel runs: later sources override earlier ones by rule id and
 * lexicon name (built-in < subscription < team < policy). Disabled rules are removed unless
 * the policy locks them. A rule that no longer validates in the merged pack is dropped alone,
 * so one stale rule can never switch the coaching off. `validatePack` is the engine's (passed in,
 * so the background loads the engine only when it composes).
 */
export function composeActivePack(sources: PackSources, validatePack: (pack: unknown) => ValidationResult): ComposedPack {
  const layers = [sources.builtin, sources.subscription, sources.team, sources.managed].filter((p): p is Pack => !!p);
  // Spreads define own properties (Object.assign would run setters such as __proto__'s).
  let lexicons: Record<string, Lexicon> = {};
  const rules = new Map<string, Rule>();
  for (const layer of layers) {
    lexicons = { ...lexicons, ...layer.lexicons };
    for (const rule of layer.rules) rules.set(rule.id, rule);
  }
  const locked = new Set(sources.locked ?? []);
  const disabled = new Set(sources.disabled ?? []);
  const active = [...rules.values()]
    .map((rule) => (locked.has(rule.id) ? { ...rule, enabled: true } : rule))
    .filter((rule) => locked.has(rule.id) || (rule.enabled !== false && !disabled.has(rule.id)));
  let pack: Pack = { format: 1, id: ACTIVE_PACK_ID, name: 'Kizuki', lexicons, rules: active };
  const dropped: PackProblem[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = validatePack(pack);
    if (result.ok) return { pack: result.pack, dropped };
    const bad = new Set(result.problems.map((p) => p.ruleId).filter((id): id is string => !!id));
    dropped.push(...result.problems);
    if (bad.size === 0) break;
    pack = { ...pack, rules: pack.rules.filter((r) => !bad.has(r.id)) };
  }
  // A lexicon itself is broken: nothing merged can be trusted, so fall back to the built-in pack.
  return { pack: sources.builtin, dropped };
}
