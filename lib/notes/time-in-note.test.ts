import { describe, expect, it } from 'vitest';
import { timeNamedIn } from './time-in-note';

// Monday 23 November 2026, 10:00 in Tokyo.
const NOW = Date.parse('2026-11-23T01:00:00Z');

describe('a time named in a note', () => {
  it('reads "call back tomorrow 3pm" and 「明日15時に折り返し」 as tomorrow at 15:00', () => {
    expect(timeNamedIn(['call back tomorrow 3pm'], NOW, 'Asia/Tokyo')).toEqual({ phrase: expect.stringMatching(/tomorrow/), at: Date.parse('2026-11-24T06:00:00Z') });
    expect(timeNamedIn(['明日15時に折り返し'], NOW, 'Asia/Tokyo')?.at).toBe(Date.parse('2026-11-24T06:00:00Z'));
  });

  it('offers nothing for a note without a time, or a time already past', () => {
    expect(timeNamedIn(['Wants a refund for the double charge'], NOW, 'Asia/Tokyo')).toBeNull();
    expect(timeNamedIn(['', 'called yesterday at 9am'], NOW, 'Asia/Tokyo')).toBeNull();
  });
});
