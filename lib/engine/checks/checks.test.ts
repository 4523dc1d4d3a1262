import { describe, expect, it } from 'vitest';
import { compilePack } from '../compile';
import { createEvaluator } from '../evaluator';
import type { Check } from '../schema';
import { checkConversation } from '../index';
import { packWith } from '../test-helpers';

function prompt(check: Check, draft: string, lang: 'ja' | 'en' = 'en') {
  const ev = createEvaluator(compilePack(packWith({ id: 'r', check })));
  return ev.evaluate({ lang, turns: [], draft }).prompts[0];
}

describe('check types', () => {
  it("namesAgent: met once the draft gives the agent's own name, however it is worded", () => {
    const ev = createEvaluator(compilePack(packWith({ id: 'r', check: { namesAgent: true } })));
    const shows = (draft: string, name?: string) => ev.evaluate({ turns: [], draft, ...(name ? { agent: { name } } : {}) }).prompts.length > 0;
    expect(shows('雑貨店ことりの田中でございます。', '田中 美咲')).toBe(false);
    expect(shows('Cheers,\nPriya', 'Priya Shah')).toBe(false);
    expect(shows('Thanks for your patience!', 'Priya Shah')).toBe(true);
    expect(shows('We also offer refunds.', 'Al')).toBe(true);
    expect(shows('Hi, I am here to help.')).toBe(true);
  });

  it('exists: shows until the draft contains a match', () => {
    expect(prompt({ exists: { lexicon: 'apology' } }, 'Hello')).toBeDefined();
    expect(prompt({ exists: { lexicon: 'apology' } }, 'So SORRY!')).toBeUndefined();
  });

  it('exists: "except" phrases do not count', () => {
    expect(prompt({ exists: { lexicon: 'apology' } }, 'I am not sorry')).toBeDefined();
  });

  it('absent: shows while the draft contains a match, pointing at it', () => {
    const p = prompt({ absent: { phrases: ['lol', '(笑)', 'ｗｗ'] } }, 'ok lol');
    expect(p?.trigger).toMatchObject({ phrase: 'lol', start: 3, end: 6, source: 'draft' });
    expect(prompt({ absent: { phrases: ['ｗｗ'] } }, '了解ですww', 'ja')?.trigger?.phrase).toBe('ww');
    expect(prompt({ absent: { phrases: ['lol'] } }, 'hello')).toBeUndefined();
  });

  it('order: the apology must come before the explanation', () => {
    const order: Check = { order: { first: { lexicon: 'apology' }, then: { lexicon: 'reason' } } };
    expect(prompt(order, 'Sorry, this is because of policy.')).toBeUndefined();
    expect(prompt(order, 'Because of policy. Sorry.')?.trigger?.phrase).toBe('Because');
    expect(prompt(order, 'Hello')).toBeUndefined();
    expect(prompt({ order: { ...order.order!, firstRequired: true } }, 'Hello')).toBeDefined();
  });

  it('conditional: a promised call-back needs a time', () => {
    const c: Check = { conditional: { if: { phrases: ['call you back'] }, then: { pattern: '\\d{1,2}(:\\d{2})?\\s*(am|pm)' } } };
    expect(prompt(c, 'I will call you back.')?.trigger?.phrase).toBe('call you back');
    expect(prompt(c, 'I will call you back at 3pm.')).toBeUndefined();
    expect(prompt(c, 'Thanks!')).toBeUndefined();
  });

  it('near: the expected words must be close to the anchor', () => {
    const c: Check = { near: { anchor: { phrases: ['tomorrow'] }, expect: { pattern: '\\d+\\s*(am|pm)' }, within: 12 } };
    expect(prompt(c, 'It ships tomorrow by 3 pm.')).toBeUndefined();
    expect(prompt(c, `It ships tomorrow. ${'x '.repeat(20)} We open at 9 am.`)).toBeDefined();
  });

  it('metric: long sentences, in words for English and characters for Japanese', () => {
    const c: Check = { metric: { measure: 'sentence-length', max: { ja: 20, en: 8 } } };
    expect(prompt(c, 'Short one. Another short one.')).toBeUndefined();
    const p = prompt(c, 'Short. This sentence clearly has far more than eight words in it.');
    expect(p?.trigger?.phrase).toBe('This sentence clearly has far more than eight words in it.');
    expect(prompt(c, 'システム上の仕様により本件につきましては現在ご対応いたしかねる状況でございます。', 'ja')).toBeDefined();
    expect(prompt(c, '承知しました。確認します。', 'ja')).toBeUndefined();
  });

  it('all / any combine checks', () => {
    const both: Check = { all: [{ exists: { lexicon: 'apology' } }, { absent: { phrases: ['lol'] } }] };
    expect(prompt(both, 'sorry lol')).toBeDefined();
    expect(prompt(both, 'sorry')).toBeUndefined();
    const either: Check = { any: [{ exists: { phrases: ['thanks'] } }, { exists: { lexicon: 'apology' } }] };
    expect(prompt(either, 'sorry')).toBeUndefined();
    expect(prompt(either, 'hi')).toBeDefined();
  });
});

describe('keepsTimeNeed: no committed time in the draft falls after what the customer needs', () => {
  const pack = packWith({ id: 'r', when: { timeNeed: { in: 'any' } }, check: { keepsTimeNeed: true } });
  const at = '2026-03-02T09:00:00Z'; // a Monday
  const shows = (customer: string, draft: string, lang: 'en' | 'ja' = 'en', agent?: string) => {
    const turns = [{ from: 'customer' as const, text: customer, at }, ...(agent ? [{ from: 'agent' as const, text: agent, at }] : [])];
    return checkConversation({ lang, startedAt: at, now: at, timeZone: lang === 'ja' ? 'Asia/Tokyo' : 'Europe/London', turns, draft }, pack).prompts[0];
  };

  it('unmet while the draft commits to a day after the need, pointing at that day', () => {
    const p = shows('I need it by Friday night for the party.', 'Thanks Jo, it will arrive on Monday the 9th.');
    expect(p?.trigger).toMatchObject({ phrase: expect.stringContaining('Monday'), source: 'draft' });
    expect(shows('金曜の夜までに必要です。', 'ご注文は9日（月）にお届けいたします。', 'ja')?.trigger?.source).toBe('draft');
  });

  it('met when the draft names a day that makes it, restates the limit, or names no day', () => {
    expect(shows('I need it by Friday night for the party.', 'It will arrive on Thursday.')).toBeUndefined();
    expect(shows('I need it before my flight on Friday at 3 pm.', "We'll have it with you before your 3 pm flight on Friday.")).toBeUndefined();
    expect(shows('I need it by Friday night for the party.', 'Let me check that for you.')).toBeUndefined();
    expect(shows('金曜の夜までに必要です。', '木曜日にお届けいたします。', 'ja')).toBeUndefined();
  });

  it('a day told in the past or as what generally happens is not a commitment', () => {
    expect(shows('I need the proofs by Friday.', 'Your proof was approved on Wednesday, so it is in the queue.')).toBeUndefined();
    expect(shows('I need it by Wednesday.', 'Orders placed after 2 pm usually arrive on Friday.')).toBeUndefined();
  });

  it('a bare weekday written on that weekday may be today: it misses only when next week\'s and today\'s both do', () => {
    const on = (when: string, customer: string, draft: string, lang: 'en' | 'ja' = 'en') =>
      checkConversation({ lang, startedAt: when, now: when, timeZone: lang === 'ja' ? 'Asia/Tokyo' : 'Europe/London', turns: [{ from: 'customer', text: customer, at: when }], draft }, pack).prompts[0];
    const thursdayMorning = '2026-03-05T09:00:00Z';
    expect(on(thursdayMorning, 'I need it by Friday.', 'It will be ready for collection on Thursday afternoon.')).toBeUndefined();
    expect(on('2026-03-05T00:30:00Z', '金曜日までに必要です。', '木曜日の夕方までにお届けいたします。', 'ja')).toBeUndefined();
    // The day has gone by the time named, or the week is spelled out: next week's, and late.
    expect(on('2026-03-05T20:00:00Z', 'I need it by Friday.', 'It will be ready for collection on Thursday morning.')).toBeDefined();
    expect(on(thursdayMorning, 'I need it by Friday.', 'It will be ready for collection next Thursday.')).toBeDefined();
  });

  it('a need the agent already answered is not held against a later day', () => {
    expect(shows('I need it by Friday.', 'The spare part will follow on Monday the 9th.', 'en', 'It will be with you on Thursday.')).toBeUndefined();
  });
});
