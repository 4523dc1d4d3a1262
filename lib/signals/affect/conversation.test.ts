import { describe, expect, it } from 'vitest';
import { conversationUpset, readAffect, type TurnAffect } from './index';

const turns = (...texts: [string, boolean?][]) => texts.map(([text, afterApology = false]) => ({ affect: readAffect(text), afterApology }));
const level = (score: number, calm = false): TurnAffect => ({ score, evidence: score ? [{ kind: 'frustration', phrase: 'x', start: 0, end: 1 }] : [], calm, settled: calm });

describe('conversationUpset', () => {
  it('three mildly annoyed turns build up to upset, though none is upset alone', () => {
    const conversation = turns(['It still has not come.'], ['Any news? I am still waiting on it.'], ['This is the third time I have asked.']);
    for (const t of conversation) expect(t.affect.score, JSON.stringify(t.affect)).toBeLessThan(3);
    for (const t of conversation) expect(t.affect.score).toBeGreaterThan(0);
    expect(conversationUpset(conversation.slice(0, 1)).upset).toBe(false);
    const whole = conversationUpset(conversation);
    expect(whole.upset).toBe(true);
    expect(whole.score).toBeGreaterThanOrEqual(3);
    expect(whole.hottest?.turn).toBeDefined();
  });

  it('mild turns far apart, with calm between, do not add up', () => {
    expect(conversationUpset([level(2), level(0, true), level(0), level(2)].map((affect) => ({ affect, afterApology: false }))).upset).toBe(false);
  });

  it('a single furious turn is upset and points at its words', () => {
    const result = conversationUpset(turns(['Hello, I have a question about my bill.'], ['This is OUTRAGEOUS, you charged me twice and nobody answers!!']));
    expect(result.upset).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(5);
    expect(result.hottest?.turn).toBe(1);
    expect(result.hottest?.evidence.phrase.toLowerCase()).toContain('outrageous');
  });

  it('cools after the agent apologised and the customer sounds satisfied', () => {
    const hot = turns(['最悪です。何度も同じ説明をさせられています。'], ['ありがとうございます、助かりました。', true]);
    expect(conversationUpset(hot.slice(0, 1)).upset).toBe(true);
    const cooled = conversationUpset(hot);
    expect(cooled.upset).toBe(false);
    expect(cooled.hottest).toBeUndefined();
  });

  it('a thank-you without an apology cools less than one after an apology', () => {
    const withApology = conversationUpset([{ affect: level(6), afterApology: false }, { affect: level(0, true), afterApology: true }]);
    const without = conversationUpset([{ affect: level(6), afterApology: false }, { affect: level(0, true), afterApology: false }]);
    expect(withApology.score).toBeLessThan(without.score);
    expect(without.upset).toBe(true);
  });

  it('an apology that the customer answers with more anger does not cool it', () => {
    const result = conversationUpset(turns(['This is unacceptable.'], ["Sorry doesn't fix anything. I want to speak to a manager.", true]));
    expect(result.upset).toBe(true);
    expect(result.hottest?.turn).toBe(1);
  });

  it('no turns, no upset', () => {
    expect(conversationUpset([])).toEqual({ score: 0, upset: false });
  });
});
