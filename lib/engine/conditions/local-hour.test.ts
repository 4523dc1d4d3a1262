import { describe, expect, it } from 'vitest';
import { checkConversation } from '../index';
import { packWith } from '../test-helpers';

const pack = packWith({ id: 'late', when: { localHour: { atLeast: 15, atMost: 19 } } });
const at = (now: string, timeZone: string) => checkConversation({ now, timeZone, turns: [], draft: '' }, pack).prompts.length > 0;

describe('localHour: the hour on the conversation’s clock, in its zone', () => {
  it('reads the zone, not the computer’s', () => {
    expect(at('2026-12-01T07:30:00Z', 'Asia/Tokyo')).toBe(true); // 16:30 in Tokyo
    expect(at('2026-12-01T07:30:00Z', 'Europe/London')).toBe(false); // 07:30 in London
  });

  it('is a range of hours, ends included', () => {
    expect(at('2026-12-01T15:00:00Z', 'UTC')).toBe(true);
    expect(at('2026-12-01T19:30:00Z', 'UTC')).toBe(false);
  });
});

describe('confirm-the-deadline: back about a failure late in the afternoon', () => {
  const call = (now: string) => checkConversation({
    lang: 'en', channel: 'voice', timeZone: 'Europe/London', now, call: { state: 'connected' },
    history: [{ startedAt: '2026-12-01T09:00:00Z', summary: 'Parcel not delivered', channel: 'voice' }],
    turns: [{ from: 'agent', text: 'Good afternoon, Priya speaking.' }, { from: 'customer', text: "Hi, it's me again, the parcel still hasn't arrived." }],
  }).prompts.map((p) => p.ruleId);
  it('asks for the fastest way at 16:00, not at 11:00', () => {
    expect(call('2026-12-01T16:00:00Z')).toContain('confirm-the-deadline');
    expect(call('2026-12-01T11:00:00Z')).not.toContain('confirm-the-deadline');
  });
});
