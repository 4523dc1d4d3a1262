import type { Found, TextView } from '../signals/types';
import { withoutExcepted, type DictionaryScan, type Span } from '../text/dictionary';
import { hear, hearings, hearSentence, type Hearing, type HearingName } from '../signals/hearing';
import { sentenceEnds } from '../text/segment';
import { normalizeFrom, normalizeText, sharedPrefixLength, toNormalSpan, toOriginalSpan, type NormalizedText } from '../text/normalize';
import { findPattern, type CompiledPattern } from '../text/regex';
import { committing } from '../signals/intent/modality';
import type { CompiledMatcher, CompiledPack } from './compile';

/**
 * One text (a customer turn, an agent turn, a history summary or the draft) scanned
 * against a compiled pack. The phrase scan is one automaton pass done on creation, for the
 * pack's matchers and the signals' lexicons alike; regexes, per-matcher results and the
 * signals' per-text values are computed on first use and kept.
 */
export class ScannedText implements TextView {
  readonly norm: NormalizedText;
  private readonly scan: DictionaryScan;
  private readonly hits: Map<number, Span[]>;
  private readonly byMatcher = new Map<number, Span[]>();
  /** Lexicon patterns are shared by many matchers: run each regex once per text. */
  private readonly byPattern = new Map<CompiledPattern, Span[]>();
  private readonly bySignalLexicon = new Map<string, Span[]>();
  private readonly memos = new Map<string, unknown>();

  /**
   * `previous`: the same reply box a keystroke ago. What the agent did not touch is not
   * normalised or scanned again.
   */
  /** Heard by grammar, in normalised offsets. */
  private readonly byHearing = new Map<HearingName, Span[]>();
  /** A draft's sentence ends, and each hearing's answer per sentence, for the next keystroke to reuse. */
  private ends?: number[];
  private readonly bySentence = new Map<HearingName, (Found | null)[]>();
  /** The draft a keystroke ago (only it: older ones are let go) and how much of it is unchanged. */
  private before?: ScannedText;
  private unchanged = 0;

  /**
   * `reading`: a sent turn is heard whole, once; a draft sentence by sentence, so a keystroke
   * re-reads only the sentence it is in.
   */
  constructor(
    readonly text: string,
    private readonly compiled: CompiledPack,
    previous?: ScannedText,
    private readonly reading: 'whole' | 'bySentence' = 'whole',
  ) {
    if (previous && previous.compiled === compiled && previous.text.length > 0) {
      const { norm, same } = normalizeFrom(previous.norm, text);
      this.norm = norm;
      this.scan = compiled.dictionary.scanText(norm, { scan: previous.scan, same });
    } else {
      this.norm = normalizeText(text);
      this.scan = compiled.dictionary.scanText(this.norm);
    }
    this.hits = this.scan.hits;
    if (reading === 'bySentence' && previous) {
      previous.before = undefined;
      this.before = previous;
      this.unchanged = sharedPrefixLength(previous.text, text);
    }
  }

  /** The sentence ends, re-split only from the last sentence the edit may have touched. */
  private sentenceEnds(): number[] {
    if (this.ends) return this.ends;
    const kept = (this.before?.ends ?? []).filter((end) => end < this.unchanged);
    this.ends = sentenceEnds(this.text, kept.at(-1) ?? 0, [...kept]);
    return this.ends;
  }

  /** Where the sentence after sentence `i` ends, skipping blank lines between them. */
  private nextSentenceEnd(ends: readonly number[], i: number): number {
    let j = i + 1;
    while (j < ends.length && this.text.slice(ends[j - 1] as number, ends[j] as number).trim() === '') j++;
    return (ends[j] ?? ends[i]) as number;
  }

  /** A hearing over the draft, sentence by sentence: sentences wholly before the edit keep their answers. */
  private hearDraft(name: HearingName): Found | null {
    const ends = this.sentenceEnds();
    const previous = this.before;
    const theirs = previous?.bySentence.get(name);
    const theirEnds = previous?.ends;
    const answers: (Found | null)[] = [];
    const reach = (hearings[name] as Hearing).sentences ?? 1;
    let from = 0;
    let first: Found | null = null;
    for (let i = 0; i < ends.length; i++) {
      const to = ends[i] as number;
      // A reading that takes the next sentence too is kept only while both are untouched.
      const until = reach === 2 ? this.nextSentenceEnd(ends, i) : to;
      // Every end before the first changed character is as it was, so `until` being there is enough.
      const reuse = theirs && theirEnds && until < this.unchanged && theirEnds[i] === to && i < theirs.length;
      const found = reuse ? (theirs[i] as Found | null) : hearSentence(name, this.text.slice(from, until));
      answers.push(found);
      if (found && !first) first = { phrase: found.phrase, start: found.start + from, end: found.end + from };
      from = to;
    }
    this.bySentence.set(name, answers);
    return first;
  }

  /**
   * The dictionary tags whose hits differ between two texts (as a set), so the engine can
   * tell which rules' answers may have changed after a keystroke.
   */
  changedTags(previous: ScannedText): Set<number> {
    const changed = new Set<number>();
    const same = (a: readonly Span[] | undefined, b: readonly Span[] | undefined) =>
      a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x.start === b[i]!.start && x.end === b[i]!.end && x.phrase === b[i]!.phrase));
    // Resumed from that very scan: only the tags it touched can differ.
    if (this.scan.from === previous.scan && this.scan.touched) {
      for (const tag of this.scan.touched) if (!same(this.hits.get(tag), previous.hits.get(tag))) changed.add(tag);
      return changed;
    }
    for (const [tag, spans] of this.hits) if (!same(spans, previous.hits.get(tag))) changed.add(tag);
    for (const tag of previous.hits.keys()) if (!this.hits.has(tag)) changed.add(tag);
    return changed;
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
    for (const name of m.hears) {
      const found = this.heard(name);
      if (found.length) spans = spans.concat(found);
    }
    if (spans.length && m.exceptTags.length) {
      const except = m.exceptTags.flatMap((t) => this.hits.get(t) ?? []);
      spans = withoutExcepted(spans, except);
    }
    if (spans.length && m.committed) spans = spans.filter((s) => committing(this.norm.text, s));
    if (spans.length > 1) spans = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.byMatcher.set(m.id, spans);
    return spans;
  }

  /** What a hearing finds in this text, as a normalised span (at most one: the first). */
  heard(name: HearingName): Span[] {
    let spans = this.byHearing.get(name);
    if (!spans) {
      const found = this.text.trim() === '' ? null : this.reading === 'bySentence' ? this.hearDraft(name) : hear(name, this);
      if (found) {
        const at = toNormalSpan(this.norm, found.start, found.end);
        spans = at.end > at.start ? [{ ...at, phrase: this.norm.text.slice(at.start, at.end) }] : [];
      } else spans = [];
      this.byHearing.set(name, spans);
    }
    return spans;
  }

  lexicon(name: string): readonly Span[] {
    const cached = this.bySignalLexicon.get(name);
    if (cached) return cached;
    const tags = this.compiled.signalTags.get(name);
    if (!tags) throw new Error(`No signal lexicon is called "${name}".`);
    const found = withoutExcepted(this.hits.get(tags.tag) ?? [], this.hits.get(tags.exceptTag));
    const spans = found.length > 1 ? [...found].sort((a, b) => a.start - b.start || b.end - a.end) : found;
    this.bySignalLexicon.set(name, spans);
    return spans;
  }

  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  found(span: Span): Found {
    return this.original(span);
  }

  /** A span in original offsets, with the agent's or customer's own words as the phrase. */
  original(span: Span): Found {
    const { start, end } = toOriginalSpan(this.norm, span.start, span.end);
    return { phrase: this.text.slice(start, end), start, end };
  }
}
