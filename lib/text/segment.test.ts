import { describe, expect, it } from 'vitest';
import { measuredSentences, sentenceAt, sentences, textLength, wordSpan, type TextLang } from './segment';

function fresh(text: string, lang: TextLang) {
  return [...sentences(text, lang)].map(({ segment, index }) => ({ segment, index, length: textLength(segment, lang) }));
}

const drafts: [TextLang, string][] = [
  ['en', 'Hi Sam. I checked the order. It shipped on Mon. 3rd, e.g. by post... and it is late! Sorry. mr. Lee will call at 3 p.m. today? Yes.\n\nThanks.'],
  ['en', 'U.S. customers: see No. 5. "Done." she said. (Really.) ok... 1.5 kg. end'],
  ['ja', 'お問い合わせありがとうございます。ご注文の件、確認いたしました！本日発送予定です。「承知しました。」とのことです。よろしくお願いいたします'],
  ['ja', '申し訳ございません。。ただいま確認中です…少々お待ちください?はい。'],
];

describe('measuredSentences', () => {
  it('matches a fresh segmentation keystroke by keystroke, after edits in the middle and deletions', () => {
    let steps = 0;
    for (const [lang, target] of drafts) {
      const versions: string[] = [];
      for (let i = 1; i <= target.length; i++) versions.push(target.slice(0, i));
      for (let i = 3; i < target.length; i += 7) versions.push(target.slice(0, i) + target.slice(i + 2), target.slice(0, i) + 'x. A' + target.slice(i), target);
      for (let i = target.length; i > 0; i -= 5) versions.push(target.slice(0, i));
      for (const v of versions) {
        expect(measuredSentences(v, lang), `${lang}: ${v}`).toEqual(fresh(v, lang));
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(300);
  });

  it('counts Japanese in characters and English in words', () => {
    expect(measuredSentences('Hello there. Bye.', 'en').map((s) => s.length)).toEqual([2, 1]);
    expect(measuredSentences('確認します。はい', 'ja').map((s) => s.length)).toEqual([6, 2]);
  });
});

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
