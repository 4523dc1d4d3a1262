import { PhraseDictionary } from './match/dictionary';
import { compilePattern, type CompiledPattern } from './match/regex';
import type { Matcher, Pack, Rule } from './schema';
import { PackError, semanticProblems } from './validate';
import { forEachMatcher, whenIsVolatile } from './walk';

/** A matcher ready to run: which dictionary tags to read, which excepts to apply, which regexes. */
export interface CompiledMatcher {
  id: number;
  path: string;
  tags: number[];
  exceptTags: number[];
  patterns: CompiledPattern[];
}

export interface CompiledRule {
  rule: Rule;
  index: number;
  /** The `when` reads the draft or the clock, so it is re-evaluated on every keystroke. */
  volatileWhen: boolean;
}

export interface CompiledPack {
  pack: Pack;
  rules: CompiledRule[];
  dictionary: PhraseDictionary;
  matchers: CompiledMatcher[];
  /** Matcher objects of the pack → their compiled form (identity map: the pack is not copied). */
  matcherOf: Map<Matcher, CompiledMatcher>;
  phraseCount: number;
}

/**
 * Compiles a pack once: every phrase of every lexicon and rule goes into one automaton.
 * Lexicons get one tag each however many rules use them, so a hit costs the same with
 * 10 rules or 1,000.
 */
export function compilePack(pack: Pack): CompiledPack {
  const problems = semanticProblems(pack);
  if (problems.length) throw new PackError(problems);

  const dictionary = new PhraseDictionary();
  let nextTag = 0;
  const lexiconTags = new Map<string, { tag: number; exceptTag: number; patterns: CompiledPattern[] }>();
  for (const [name, lex] of Object.entries(pack.lexicons ?? {})) {
    const tag = nextTag++;
    const exceptTag = nextTag++;
    for (const p of [...(lex.ja ?? []), ...(lex.en ?? [])]) dictionary.add(p, tag);
    for (const p of lex.except ?? []) dictionary.add(p, exceptTag);
    lexiconTags.set(name, { tag, exceptTag, patterns: (lex.patterns ?? []).map(mustCompile) });
  }

  const matchers: CompiledMatcher[] = [];
  const matcherOf = new Map<Matcher, CompiledMatcher>();
  const rules = pack.rules.map((rule, index): CompiledRule => {
    forEachMatcher(rule, `rules[${index}]`, (m, path) => {
      if (matcherOf.has(m)) return;
      const compiled: CompiledMatcher = { id: matchers.length, path, tags: [], exceptTags: [], patterns: [] };
      const lex = m.lexicon === undefined ? undefined : lexiconTags.get(m.lexicon);
      if (lex) {
        compiled.tags.push(lex.tag);
        compiled.exceptTags.push(lex.exceptTag);
        compiled.patterns.push(...lex.patterns);
      }
      if (m.phrases) {
        const tag = nextTag++;
        for (const p of m.phrases) dictionary.add(p, tag);
        compiled.tags.push(tag);
      }
      if (m.except) {
        const tag = nextTag++;
        for (const p of m.except) dictionary.add(p, tag);
        compiled.exceptTags.push(tag);
      }
      if (m.pattern !== undefined) compiled.patterns.push(mustCompile(m.pattern));
      matchers.push(compiled);
      matcherOf.set(m, compiled);
    });
    return { rule, index, volatileWhen: whenIsVolatile(rule.when) };
  });
  dictionary.build();
  return { pack, rules, dictionary, matchers, matcherOf, phraseCount: dictionary.phraseCount };
}

function mustCompile(source: string): CompiledPattern {
  const r = compilePattern(source);
  // semanticProblems() already refused bad patterns; reaching this is a programming error.
  if (!r.ok) throw new Error(r.reason);
  return r.pattern;
}
