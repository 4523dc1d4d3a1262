import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, sharedPrefixLength, toOriginalSpan } from './normalize';

describe('normalizeText', () => {
  it('folds full-width letters, half-width kana and case into one form', () => {
    expect(normalizeText('ＳＯＲＲＹ').text).toBe('sorry');
    expect(normalizeText('ｶﾞｲﾄﾞ').text).toBe('ガイド');
    expect(normalizeText('Ｅｘｐｒｅｓｓ便').text).toBe('express便');
  });

  it('maps a match back to the words the agent actually typed', () => {
    const norm = normalizeText('今日は ＳＯＲＲＹ です');
    const at = norm.text.indexOf('sorry');
    const span = toOriginalSpan(norm, at, at + 5);
    expect(norm.original.slice(span.start, span.end)).toBe('ＳＯＲＲＹ');
  });

  it('keeps a half-width voiced kana as one character of the original', () => {
    const norm = normalizeText('ｶﾞ');
    expect(norm.text).toBe('ガ');
    expect(toOriginalSpan(norm, 0, 1)).toEqual({ start: 0, end: 2 });
  });

  it('property: every normalised offset maps inside the original text, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 80 }), fc.nat(), fc.nat(), (text, a, b) => {
        const norm = normalizeText(text);
        expect(norm.starts.length).toBe(norm.text.length);
        for (let i = 0; i < norm.text.length; i++) {
          expect(norm.starts[i]).toBeLessThan(norm.ends[i] as number);
          expect(norm.ends[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(norm.starts[i]).toBeGreaterThanOrEqual(norm.starts[i - 1] as number);
        }
        if (norm.text.length > 0) {
          const s = a % norm.text.length;
          const e = s + 1 + (b % (norm.text.length - s));
          const span = toOriginalSpan(norm, s, e);
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.start).toBeLessThan(span.end);
          expect(span.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('property: arbitrary UTF-16 (lone surrogates included) never throws and stays in bounds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const norm = normalizeText(text);
        for (let i = 0; i < norm.text.length; i++) expect(norm.ends[i]).toBeLessThanOrEqual(text.length);
      }),
    );
  });
});

describe('the start two texts share', () => {
  it('is as long as a unit-by-unit walk finds, whether one text starts with the other or not', () => {
    const walk = (a: string, b: string) => {
      let n = 0;
      while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
      return n;
    };
    const texts = ['', 'a', 'ab', 'abc', 'abd', 'b', '申し訳', '申し訳ございません', '申し', '😊', '😊a', '\ud83d', 'e\u0301', 'e'];
    for (const a of texts) for (const b of texts) expect({ a, b, n: sharedPrefixLength(a, b) }).toEqual({ a, b, n: walk(a, b) });
  });
});
