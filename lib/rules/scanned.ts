import type { CompiledMatcher, CompiledPack } from './compile';
import { withoutExcepted, type Span } from './match/dictionary';
import { normalizeText, toOriginalSpan, type NormalizedText } from './match/normalize';
import { findPattern, type CompiledPattern } from './match/regex';

/**
 * One text (a customer turn, an agent turn, a history summary or the draft) scanned
 * against a compiled pack. The phrase scan is one automaton pass done on creation;
 * regexes and per-matcher results are computed on first use and kept.
 */
export class ScannedText {
  readonly norm: NormalizedText;
  private readonly hits: Map<number, Span[]>;
  private readonly byMatcher = new Map<number, Span[]>();
  /** Lexicon patterns are shared by many matchers: run each regex once per text. */
  private readonly byPattern = new Map<CompiledPattern, Span[]>();

  constructor(readonly text: string, compiled: CompiledPack) {
    this.norm = normalizeText(text);
    this.hits = compiled.dictionary.scan(this.norm);
  }

  /** Spans of a matcher in normalised offsets, sorted by start. */
  spans(m: CompiledMatcher): Span[] {
    const cached = this.byMatcher.get(m.id);
    if (cached) return cached;
    let spans: Span[] = [];
    for (const tag of m.tags) {
      const found = this.hits.get(tag);
      if (found) spans = spans.length ? spans.concat(found) : found;
    }
    for (const p of m.patterns) {
      let found = this.byPattern.get(p);
      if (!found) {
        found = findPattern(p, this.norm.text);
        this.byPattern.set(p, found);
      }
      if (found.length) spans = spans.concat(found);
    }
    if (spans.length && m.exceptTags.length) {
      const except = m.exceptTags.flatMap((t) => this.hits.get(t) ?? []);
      spans = withoutExcepted(spans, except);
    }
    if (spans.length > 1) spans = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.byMatcher.set(m.id, spans);
    return spans;
  }

  /** A span in original offsets, with the agent's or customer's own words as the phrase. */
  original(span: Span): { phrase: string; start: number; end: number } {
    const { start, end } = toOriginalSpan(this.norm, span.start, span.end);
    return { phrase: this.text.slice(start, end), start, end };
  }
}
