import { sharedPrefixLength } from './normalize';

/** Sentences and lengths as a reader counts them: Japanese in characters, English in words. */
export type TextLang = 'ja' | 'en';

const segmenters = new Map<TextLang, Intl.Segmenter>();
function sentenceSegmenter(lang: TextLang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** Sentence ends a draft is read by: terminators (then space, or Japanese ones), line breaks. */
const SENTENCE_END = /[.!?]+["')\]」』）]*\s+|[。！？!?]+[」』）)]*|\n+/g;

/** Where a text's sentences end (exclusive offsets), the last one at the text's end; `ends` up to `from` are kept. */
export function sentenceEnds(text: string, from = 0, ends: number[] = []): number[] {
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const to = m.index + m[0].length;
    if (to > (ends.at(-1) ?? 0)) ends.push(to);
  }
  if ((ends.at(-1) ?? 0) < text.length) ends.push(text.length);
  return ends;
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
    const shared = sharedPrefixLength(previous.text, text);
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
const wordSegmenters = new Map<TextLang, Intl.Segmenter>();
function wordSegmenter(lang: TextLang): Intl.Segmenter {
  let s = wordSegmenters.get(lang);
  if (!s) wordSegmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })));
  return s;
}

const KANJI = /[\u3400-\u4dbf\u4e00-\u9fff々]/;
const HIRAGANA = /[\u3041-\u309f]/;
/** Particles that end a word rather than conjugate it: 土曜日|に, not 土曜日に. */
const PARTICLE = /[はがをにでともへやの]/;
const OKURIGANA_MAX = 6;

/**
 * A span widened to whole words, so a highlight never cuts one in half ("overwrit|ing"):
 * word boundaries from Intl.Segmenter, and in Japanese the kana a verb or adjective ends in
 * after its kanji (間に合|えば → 間に合えば), which the segmenter may split off.
 */
export function wordSpan(text: string, start: number, end: number, lang: TextLang): { start: number; end: number } {
  let from = start;
  let to = end;
  for (const { index, segment, isWordLike } of wordSegmenter(lang).segment(text)) {
    const stop = index + segment.length;
    if (!isWordLike) continue;
    if (index < from && stop > from) from = index;
    if (index < to && stop > to) to = stop;
  }
  if (lang === 'ja' && to > 0 && KANJI.test(text[to - 1]!) && to === end) {
    let grown = to;
    while (grown < text.length && grown - to < OKURIGANA_MAX && HIRAGANA.test(text[grown]!) && !(grown === to && PARTICLE.test(text[grown]!))) grown++;
    to = grown;
  }
  return { start: from, end: to };
}

/** The sentence of `text` that holds `offset`, without the spaces around it. */
export function sentenceAt(text: string, offset: number, lang: TextLang): string {
  for (const { segment, index } of sentences(text, lang)) {
    if (offset >= index && offset < index + segment.length) return segment.trim();
  }
  return text.trim();
}
