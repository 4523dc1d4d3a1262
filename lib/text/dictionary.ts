import { PhraseAutomaton } from './automaton';
import { normalizePhrase, type NormalizedText } from './normalize';

/**
 * Phrases in any language, matched in one pass. Latin words match on word boundaries
 * ("ok" does not fire inside "okayama"); Japanese matches anywhere (it has no spaces).
 * A trailing "*" matches any word ending ("apologi*" → apologise, apologies).
 * Each phrase carries tags (who asked for it: a matcher, a lexicon, a signal); a scan
 * returns the spans found per tag, so callers never look at phrases they did not ask for.
 */
export interface Span {
  start: number;
  end: number;
  /** The phrase as written in the pack or lexicon. */
  phrase: string;
}

interface Entry {
  display: string;
  prefix: boolean;
  wordStart: boolean;
  wordEnd: boolean;
  tags: number[];
}

const WORDISH = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}_]/u;

export function isWordUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
  if (code >= 0x3000) return false; // CJK, kana and full-width forms never join English words
  return WORDISH.test(text[index] as string);
}

export class PhraseDictionary {
  private readonly automaton = new PhraseAutomaton();
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, number>();

  /** Adds a phrase under a tag. Returns false when the phrase is empty after normalising. */
  add(phrase: string, tag: number): boolean {
    const prefix = phrase.trimEnd().endsWith('*');
    const text = normalizePhrase(prefix ? phrase.trimEnd().slice(0, -1) : phrase);
    if (text.length === 0) return false;
    const key = `${prefix ? '*' : ''}${text}`;
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.automaton.add(text);
      this.byKey.set(key, index);
      this.entries.push({
        display: phrase,
        prefix,
        wordStart: isWordUnit(text, 0),
        wordEnd: !prefix && isWordUnit(text, text.length - 1),
        tags: [],
      });
    }
    const entry = this.entries[index] as Entry;
    if (!entry.tags.includes(tag)) entry.tags.push(tag);
    return true;
  }

  get phraseCount(): number {
    return this.entries.length;
  }

  build(): void {
    this.automaton.build();
  }

  /** Every tagged span in the text (normalised offsets), in order of where the spans end. */
  scan(norm: NormalizedText): Map<number, Span[]> {
    return this.scanText(norm).hits;
  }

  /**
   * The same, resuming from an earlier scan of a text that shares its first `same` units
   * (the agent typed at the end): the spans that lie wholly before the word being typed are
   * kept, and the automaton picks up from where it stood there.
   */
  scanText(norm: NormalizedText, previous?: { scan: DictionaryScan; same: number }): DictionaryScan {
    const text = norm.text;
    const states = new Int32Array(text.length);
    const hits = new Map<number, Span[]>();
    const from = previous ? resumePoint(text, previous.scan, previous.same) : 0;
    /**
     * Tags whose lists may differ from the previous scan's: cut back, or added to. Their lists are
     * this scan's own; every other list is kept whole from the previous scan, shared, not copied.
     */
    const touched = new Set<number>();
    if (previous && from > 0) {
      states.set(previous.scan.states.subarray(0, from));
      previous.scan.hits.forEach((spans, tag) => {
        let keep = 0;
        while (keep < spans.length && (spans[keep] as Span).end <= from) keep++;
        if (keep === spans.length) hits.set(tag, spans);
        else {
          touched.add(tag);
          if (keep > 0) hits.set(tag, spans.slice(0, keep));
        }
      });
    }
    this.automaton.scan(text, (id, start, end) => {
      const entry = this.entries[id] as Entry;
      if (entry.wordStart && start > 0 && isWordUnit(text, start - 1)) return;
      if (entry.wordEnd && end < text.length && isWordUnit(text, end)) return;
      let stop = end;
      if (entry.prefix) while (stop < text.length && isWordUnit(text, stop)) stop++;
      const span: Span = { start, end: stop, phrase: entry.display };
      for (const tag of entry.tags) {
        const list = hits.get(tag);
        if (!list) hits.set(tag, [span]);
        else if (!touched.has(tag)) hits.set(tag, [...list, span]); // a shared list: copied before it grows
        else list.push(span);
        touched.add(tag);
      }
    }, from, from > 0 ? (states[from - 1] as number) : 0, states);
    return previous && from > 0 ? { hits, states, touched, from: previous.scan } : { hits, states };
  }
}

/** A text's scan: its spans by tag, and the automaton's state after each unit. */
export interface DictionaryScan {
  /** Never changed once returned: a later scan may share these lists. */
  hits: Map<number, Span[]>;
  states: Int32Array;
  /** A resumed scan: the scan it resumed (`from`) and the only tags whose lists may differ from it. */
  touched?: ReadonlySet<number>;
  from?: DictionaryScan;
}

/**
 * Where a resumed scan starts: before the word that runs up to the first changed unit, since
 * a span's word-boundary checks and a "*" phrase's word ending read the unit after it. Every
 * span that ends at or before this point was decided by unchanged text alone.
 */
function resumePoint(text: string, previous: DictionaryScan, same: number): number {
  const j = Math.min(same, previous.states.length, text.length);
  if (j <= 1) return 0;
  let w = j - 1;
  while (w > 0 && isWordUnit(text, w - 1)) w--;
  return Math.max(0, w - 1);
}

/** Removes spans that overlap any of the `except` spans. */
export function withoutExcepted(spans: Span[], except: Span[] | undefined): Span[] {
  if (!except || except.length === 0) return spans;
  return spans.filter((s) => !except.some((x) => x.start < s.end && s.start < x.end));
}
