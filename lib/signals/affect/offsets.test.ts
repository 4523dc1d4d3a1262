import { describe, expect, it } from 'vitest';
import { readAffect } from './index';
import { expectExactOffsets } from './testing';

/** Evidence must point at the customer's own characters, whatever width or script came before. */
describe('evidence offsets map back to the original text', () => {
  it.each([
    ['ｱﾌﾟﾘが全然使えない', '全然使えない'],
    ['😡😡 This is ridiculous', 'ridiculous'],
    ['ＴＥＳＴ　注文番号１２３の件、もう限界です', 'もう限界'],
    ['Order #A-1234　—　the box arrived damaged and it’s a joke', 'a joke'],
    ['㈱山田商事ですが、いつになったら届くんですか？', 'いつになったら'],
  ])('%s → %s', (text, words) => {
    const affect = readAffect(text);
    expectExactOffsets(text, affect);
    expect(affect.evidence.map((e) => e.phrase).join('|')).toContain(words);
  });

  it('hears a mix of Japanese and English in one message', () => {
    const text = '注文番号 A-1234 の件です。It still has not arrived and this is getting ridiculous.';
    const affect = readAffect(text);
    expectExactOffsets(text, affect);
    expect(affect.score).toBeGreaterThanOrEqual(3);
    expect(affect.problem?.phrase).toBe('has not arrived');
  });

  it('is deterministic and puts the strongest evidence first', () => {
    const text = "I'm a bit worried. Honestly this is unacceptable!";
    const a = readAffect(text);
    expect(readAffect(text)).toEqual(a);
    expect(a.evidence[0]?.phrase.toLowerCase()).toContain('unacceptable');
  });

  it('empty and odd input reads as calm', () => {
    for (const text of ['', '   ', '!!!', '???', '12345', '\u0000\uFFFF']) expect(readAffect(text)).toEqual({ score: 0, evidence: [], calm: false, settled: false });
  });
});
