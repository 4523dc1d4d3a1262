import { signalLexicons } from '../signals/registry';
import { PhraseDictionary } from '../text/dictionary';
import { normalizePhrase } from '../text/normalize';
import { compilePattern, type CompiledPattern } from '../text/regex';
import type { HearingName } from '../signals/hearing';
import { builtinLexicons } from './builtin/lexicons';
import type { RunCheck, RunWhen } from './language/kinds';
import { RuleShapeError, type Language } from './language/language';
import type { Matcher } from './language/matcher';
import { language as shipped, type Pack, type Rule } from './schema';
import { PackError, type PackProblem } from './problems';

/** A matcher ready to run: which dictionary tags to read, which excepts to apply, which regexes. */
export interface CompiledMatcher {
  id: number;
  path: string;
  tags: number[];
  exceptTags: number[];
  patterns: CompiledPattern[];
  /** What it hears by grammar ("blame"): read from the text itself, so never incremental. */
  hears: HearingName[];
  /** Matches in a sentence that commits to nothing (what would have been, what generally happens) do not count (Matcher.committed). */
  committed: boolean;
}

export interface CompiledRule {
  rule: Rule;
  index: number;
  when: RunWhen;
  check?: RunCheck;
  /** The `when` reads the draft or the clock, so it is re-evaluated on every keystroke. */
  volatileWhen: boolean;
  /**
   * The rule reads the draft only through these dictionary tags (no regex, no whole-text
   * measure, no clock in its check): while the draft's hits for them stay the same, its last
   * answer stands. Null when the rule must be asked on every keystroke.
   */
  draftTags: readonly number[] | null;
}

export interface CompiledPack {
  pack: Pack;
  language: Language;
  rules: CompiledRule[];
  dictionary: PhraseDictionary;
  matchers: CompiledMatcher[];
  /** The signals' own lexicons ("heat.strong") → their tags in the dictionary. */
  signalTags: Map<string, { tag: number; exceptTag: number }>;
  /** Dictionary tag → the rules (by index) whose answer may change when the draft's hits for it change. */
  rulesByTag: Map<number, number[]>;
  phraseCount: number;
}

/** The patterns Kizuki ships: reviewed, and tested to match on the browser's engine as on RE2. */
const SHIPPED_PATTERNS = new Set(Object.values(builtinLexicons).flatMap((lexicon) => lexicon.patterns ?? []));

interface Built {
  compiled: CompiledPack;
  problems: PackProblem[];
}

/**
 * Compiles a pack once: every phrase of every lexicon, rule and signal goes into one automaton,
 * and every condition and check becomes a function. Lexicons get one tag each however many
 * rules use them, so a hit costs the same with 10 rules or 1,000.
 */
export function compilePack(pack: Pack, lang: Language = shipped): CompiledPack {
  const { compiled, problems } = build(pack, lang, true);
  if (problems.length) throw new PackError(problems);
  compiled.dictionary.build();
  return compiled;
}

/** Problems zod cannot see: references, duplicates, regexes, phrases that vanish when normalised, unknown kinds. */
export function semanticProblems(pack: Pack, lang: Language = shipped, ruleIndexes?: readonly number[]): PackProblem[] {
  return build(pack, lang, false, ruleIndexes).problems;
}

function build(pack: Pack, lang: Language, addPhrases: boolean, ruleIndexes?: readonly number[]): Built {
  const problems: PackProblem[] = [];
  const dictionary = new PhraseDictionary();
  let nextTag = 0;
  const add = (phrases: readonly string[], tag: number) => {
    if (addPhrases) for (const p of phrases) dictionary.add(p, tag);
  };
  const patternOf = (source: string, path: string, ruleId?: string): CompiledPattern | null => {
    const r = compilePattern(source, SHIPPED_PATTERNS.has(source));
    if (r.ok) return r.pattern;
    problems.push({ path, message: ruleId ? `${r.reason} (rule "${ruleId}").` : r.reason, ...(ruleId ? { ruleId } : {}) });
    return null;
  };
  const emptyPhrases = (phrases: readonly string[] | undefined, path: string, ruleId?: string) => {
    (phrases ?? []).forEach((p, i) => {
      if (normalizePhrase(p.replace(/\*$/, ''))) return;
      problems.push({ path: `${path}[${i}]`, message: `The phrase ${JSON.stringify(p)} is empty once spaces are removed${ruleId ? ` (rule "${ruleId}")` : ''}.`, ...(ruleId ? { ruleId } : {}) });
    });
  };

  const lexiconTags = new Map<string, { tag: number; exceptTag: number; patterns: CompiledPattern[] }>();
  for (const [name, lex] of Object.entries(pack.lexicons ?? {})) {
    const path = `lexicons[${JSON.stringify(name)}]`;
    const tag = nextTag++;
    const exceptTag = nextTag++;
    if ([...(lex.ja ?? []), ...(lex.en ?? [])].length === 0 && (lex.patterns ?? []).length === 0) {
      problems.push({ path, message: `Lexicon "${name}" has no phrases and no patterns.` });
    }
    emptyPhrases(lex.ja, `${path}.ja`);
    emptyPhrases(lex.en, `${path}.en`);
    add([...(lex.ja ?? []), ...(lex.en ?? [])], tag);
    add(lex.except ?? [], exceptTag);
    const patterns = (lex.patterns ?? []).map((p, i) => patternOf(p, `${path}.patterns[${i}]`)).filter((p): p is CompiledPattern => p !== null);
    lexiconTags.set(name, { tag, exceptTag, patterns });
  }
  const signalTags = new Map<string, { tag: number; exceptTag: number }>();
  for (const [name, lex] of signalLexicons(lang.signals)) {
    const tags = { tag: nextTag++, exceptTag: nextTag++ };
    add(lex.phrases, tags.tag);
    add(lex.except ?? [], tags.exceptTag);
    signalTags.set(name, tags);
  }

  const matchers: CompiledMatcher[] = [];
  const matcherOf = new Map<Matcher, CompiledMatcher>();
  const seen = new Map<string, number>();
  const rules: CompiledRule[] = [];
  pack.rules.forEach((rule, index) => {
    const r = ruleIndexes?.[index] ?? index;
    const rulePath = `rules[${r}]`;
    const ruleId = rule.id;
    const first = seen.get(ruleId);
    if (first !== undefined) problems.push({ path: `${rulePath}.id`, message: `Duplicate rule id "${ruleId}" (also rules[${first}]).`, ruleId });
    else seen.set(ruleId, r);
    const usedTags = new Set<number>();
    let usesPatterns = false;
    const matcher = (m: Matcher, path: string): CompiledMatcher => {
      const compiled = compileMatcher(m, path);
      for (const tag of [...compiled.tags, ...compiled.exceptTags]) usedTags.add(tag);
      if (compiled.patterns.length || compiled.hears.length) usesPatterns = true;
      return compiled;
    };
    const compileMatcher = (m: Matcher, path: string): CompiledMatcher => {
      const known = matcherOf.get(m);
      if (known) return known;
      const compiled: CompiledMatcher = { id: matchers.length, path, tags: [], exceptTags: [], patterns: [], hears: m.hears ? [m.hears] : [], committed: m.committed === true };
      if (m.lexicon !== undefined) {
        // An own property only: a lexicon called "toString" must not find Object.prototype's.
        const lex = Object.hasOwn(pack.lexicons ?? {}, m.lexicon) ? lexiconTags.get(m.lexicon) : undefined;
        if (lex) {
          compiled.tags.push(lex.tag);
          compiled.exceptTags.push(lex.exceptTag);
          compiled.patterns.push(...lex.patterns);
        } else problems.push({ path: `${path}.lexicon`, message: `Unknown lexicon "${m.lexicon}" (rule "${ruleId}").`, ruleId });
      }
      if (m.phrases) {
        emptyPhrases(m.phrases, `${path}.phrases`, ruleId);
        const tag = nextTag++;
        add(m.phrases, tag);
        compiled.tags.push(tag);
      }
      if (m.except) {
        const tag = nextTag++;
        add(m.except, tag);
        compiled.exceptTags.push(tag);
      }
      if (m.pattern !== undefined) {
        const p = patternOf(m.pattern, `${path}.pattern`, ruleId);
        if (p) compiled.patterns.push(p);
      }
      matchers.push(compiled);
      matcherOf.set(m, compiled);
      return compiled;
    };
    try {
      const when = lang.compileWhen(rule.when, `${rulePath}.when`, matcher);
      const check = rule.check ? lang.compileCheck(rule.check, `${rulePath}.check`, matcher) : undefined;
      const incremental = !usesPatterns && !when.volatile.clock && !when.wholeDraft && !check?.wholeDraft;
      rules.push({
        rule, index, when: when.run, ...(check ? { check: check.run } : {}),
        volatileWhen: !!(when.volatile.draft || when.volatile.clock),
        draftTags: incremental ? [...usedTags] : null,
      });
    } catch (error) {
      if (!(error instanceof RuleShapeError)) throw error;
      problems.push({ path: error.path, message: error.message.slice(error.path.length + 2), ruleId });
    }
  });
  const rulesByTag = new Map<number, number[]>();
  for (const cr of rules) for (const tag of cr.draftTags ?? []) rulesByTag.set(tag, [...(rulesByTag.get(tag) ?? []), cr.index]);
  return { compiled: { pack, language: lang, rules, dictionary, matchers, signalTags, rulesByTag, phraseCount: dictionary.phraseCount }, problems };
}
