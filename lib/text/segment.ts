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
