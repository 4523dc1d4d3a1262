import { describe, expect, it } from 'vitest';
import type { Trigger } from '../engine';
import { promiseSentence } from './promise';

const draftTrigger = (draft: string, phrase: string): Trigger => {
  const start = draft.indexOf(phrase);
  return { source: 'draft', phrase, start, end: start + phrase.length } as Trigger;
};

describe('the promise a follow-up is made from', () => {
  it('is the whole sentence around the promise phrase, not the rest of the reply', () => {
    const draft = '山田様、ご不便をおかけしております。確認して折り返しご連絡いたします。よろしくお願いいたします。';
    expect(promiseSentence(draftTrigger(draft, '折り返しご連絡'), { turns: [], draft })).toBe('確認して折り返しご連絡いたします。');
  });

  it('keeps "4.30 p.m." inside its English sentence', () => {
    const draft = "Thanks Emma. I'll get back to you by 4.30 p.m. tomorrow with the tracking link. Anything else?";
    expect(promiseSentence(draftTrigger(draft, 'get back to you'), { turns: [], draft })).toBe("I'll get back to you by 4.30 p.m. tomorrow with the tracking link.");
  });

  it('reads a promise said on a call from its transcript line', () => {
    const turns = [{ from: 'customer' as const, text: 'はい' }, { from: 'agent' as const, text: 'では、改めてお電話いたします' }];
    const trigger = { source: 'agent', phrase: 'お電話いたします', start: 6, end: 14, turnIndex: 1 } as Trigger;
    expect(promiseSentence(trigger, { turns, draft: '' })).toBe('では、改めてお電話いたします');
  });

  it('falls back to the phrase when the text changed since the prompt', () => {
    const trigger = { source: 'draft', phrase: 'get back to you', start: 40, end: 55 } as Trigger;
    expect(promiseSentence(trigger, { turns: [], draft: 'short' })).toBe('get back to you');
  });
});
