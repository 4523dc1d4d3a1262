import type { Lexicon, Pack, Rule } from '../engine';
import type { PackSources } from './compose';

export type RuleSource = 'builtin' | 'subscription' | 'team' | 'managed';

export interface CatalogEntry {
  rule: Rule;
  /** The source whose version is in force. */
  source: RuleSource;
  /** Earlier sources this rule's id also appears in (a team edit of a built-in rule). */
  overrides: RuleSource[];
  enabled: boolean;
  locked: boolean;
  languages: ('ja' | 'en')[];
}

const ORDER: RuleSource[] = ['builtin', 'subscription', 'team', 'managed'];

function packOf(sources: PackSources, source: RuleSource): Pack | null | undefined {
  return sources[source];
}

/** Languages the rule speaks: those its message is written in. */
export function ruleLanguages(rule: Rule): ('ja' | 'en')[] {
  return (['ja', 'en'] as const).filter((lang) => rule.message[lang] !== undefined);
}

/** Every rule the console can show, one entry per id, in the order the sources stack. */
export function ruleCatalog(sources: PackSources): CatalogEntry[] {
  const entries = new Map<string, CatalogEntry>();
  const locked = new Set(sources.locked ?? []);
  const disabled = new Set(sources.disabled ?? []);
  for (const source of ORDER) {
    for (const rule of packOf(sources, source)?.rules ?? []) {
      const previous = entries.get(rule.id);
      const isLocked = locked.has(rule.id);
      entries.set(rule.id, {
        rule,
        source,
        overrides: previous ? [...previous.overrides, previous.source] : [],
        enabled: isLocked || (rule.enabled !== false && !disabled.has(rule.id)),
        locked: isLocked,
        languages: ruleLanguages(rule),
      });
    }
  }
  return [...entries.values()];
}

/** Every lexicon a rule may use, later sources overriding earlier ones by name. */
export function availableLexicons(sources: PackSources): Record<string, Lexicon> {
  // Spreads define own properties (Object.assign would run setters such as __proto__'s).
  let lexicons: Record<string, Lexicon> = {};
  for (const source of ORDER) lexicons = { ...lexicons, ...packOf(sources, source)?.lexicons };
  return lexicons;
}

export interface RuleFilter {
  text?: string;
  category?: string;
  level?: string;
  lang?: string;
  source?: string;
}

export function filterCatalog(entries: readonly CatalogEntry[], filter: RuleFilter): CatalogEntry[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  return entries.filter(({ rule, source, languages }) => {
    if (filter.category && rule.category !== filter.category) return false;
    if (filter.level && rule.level !== filter.level) return false;
    if (filter.lang && !languages.includes(filter.lang as 'ja' | 'en')) return false;
    if (filter.source && source !== filter.source) return false;
    if (!text) return true;
    const haystack = [rule.id, rule.category, rule.lesson ?? '', rule.message.ja ?? '', rule.message.en ?? ''].join('\n').toLowerCase();
    return haystack.includes(text);
  });
}
