import { describe, expect, it } from 'vitest';
import { sentenceAt, wordSpan } from './segment';

const widen = (text: string, phrase: string, lang: 'ja' | 'en') => {
  const start = text.indexOf(phrase);
  const span = wordSpan(text, start, start + phrase.length, lang);
  return text.slice(span.start, span.end);
};

describe('whole words around a highlight', () => {
  it('never cuts an English word in half', () => {
    expect(widen('I keep overwriting the file', 'overwrit', 'en')).toBe('overwriting');
    expect(widen('It was unbelievably slow', 'believ', 'en')).toBe('unbelievably');
    expect(widen('It was slow', 'slow', 'en')).toBe('slow');
  });

  it('keeps a Japanese verb with its ending, and a noun without the particle after it', () => {
    expect(widen('土曜日に間に合えば嬉しいです', '間に合', 'ja')).toBe('間に合えば');
    expect(widen('土曜日に間に合えば嬉しいです', '土曜日', 'ja')).toBe('土曜日');
  });

  it('finds the sentence a phrase sits in', () => {
    expect(sentenceAt('Hi. Our policy is firm. Thanks.', 6, 'en')).toBe('Our policy is firm.');
    expect(sentenceAt('確認します。規定ですので。よろしく。', 8, 'ja')).toBe('規定ですので。');
  });
});
