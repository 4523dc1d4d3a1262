/** Sentences and lengths as a reader counts them: Japanese in characters, English in words. */
export type TextLang = 'ja' | 'en';

const segmenters = new Map<TextLang, Intl.Segmenter>();
function sentenceSegmenter(lang: TextLang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

export function sentences(text: string, lang: TextLang): Iterable<{ segment: string; index: number }> {
  return sentenceSegmenter(lang).segment(text);
}

export function textLength(text: string, lang: TextLang): number {
  if (lang === 'ja') return [...text.replace(/\s+/g, '')].length;
  return text.split(/\s+/).filter(Boolean).length;
}

export interface MeasuredSentence {
  segment: string;
  index: number;
  length: number;
}

const LETTER = /\p{L}/u;

/** The last letter before `end`, or -1. */
function lastLetterBefore(text: string, end: number): number {
  for (let i = end - 1; i >= 0; i--) if (LETTER.test(text[i]!)) return i;
  return -1;
}

let previous: { text: string; lang: TextLang; list: MeasuredSentence[] } | undefined;

/**
 * The draft's sentences with their lengths, re-segmenting only from the sentence being edited.
 * A boundary is kept when a letter follows it inside the text the old and new drafts share: the
 * sentence rules look ahead no further than the first letter after a full stop, so such a boundary
 * cannot move whatever is typed after it.
 */
export function measuredSentences(text: string, lang: TextLang): readonly MeasuredSentence[] {
  if (previous && previous.text === text && previous.lang === lang) return previous.list;
  const list: MeasuredSentence[] = [];
  let from = 0;
  if (previous && previous.lang === lang) {
    const old = previous.text;
    let shared = 0;
    const max = Math.min(old.length, text.length);
    while (shared < max && old.charCodeAt(shared) === text.charCodeAt(shared)) shared++;
    const settled = lastLetterBefore(text, shared);
    for (const s of previous.list) {
      const end = s.index + s.segment.length;
      if (end > settled) break;
      list.push(s);
      from = end;
    }
  }
  for (const { segment, index } of sentences(text.slice(from), lang)) list.push({ segment, index: index + from, length: textLength(segment, lang) });
  previous = { text, lang, list };
  return list;
}
