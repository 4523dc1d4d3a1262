import { describe, expect, it } from 'vitest';
import { ROUND_1, ROUND_2, ROUND_3, ROUND_5 } from './cases.testing';
import { ENGLISH_RULES } from './english-phrases';
import { HELD_OUT } from './held-out';
import { JAPANESE_RULES } from './japanese-phrases';
import { leads, mayMatch } from './leads';
import { fold, matches } from './normalise';

describe('leads: what a pattern must start with', () => {
  it('reads literal starts, alternations and word boundaries', () => {
    expect(leads('\\bhow hard (?:can|is)')).toEqual([{ text: 'how hard ', word: true }]);
    expect(leads('\\b(?:has|have)n\'t|\\bnever')).toEqual([{ text: 'has', word: true }, { text: 'have', word: true }, { text: 'never', word: true }]);
    expect(leads('(?<=が)おかしい|最悪')).toEqual([{ text: 'おかしい', word: false }, { text: '最悪', word: false }]);
    expect(leads('wits\'? end')).toEqual([{ text: 'wits', word: false }]);
  });

  it('gives up where a start is optional or a class', () => {
    expect(leads('(?:i )?don\'t')).toBeNull();
    expect(leads('[二三]回目')).toBeNull();
    expect(leads('a|b?c')).toBeNull();
  });

  it('a word lead needs a word to start there: "is" is not in "this"', () => {
    const is = leads('\\bis not');
    expect(mayMatch('this not', is)).toBe(false);
    expect(mayMatch('it is not', is)).toBe(true);
  });

  it('is sound: every rule match in every sentence we have starts with one of its leads', () => {
    const texts = [...ROUND_1, ...ROUND_2, ...ROUND_3, ...ROUND_5, ...HELD_OUT].map(([text]) => fold(text).text);
    for (const rule of [...ENGLISH_RULES, ...JAPANESE_RULES]) {
      for (const text of texts) {
        if (matches(rule.re, text).length > 0) expect(mayMatch(text, rule.leads), `${rule.re.source} in «${text}»`).toBe(true);
      }
    }
  });
});
