import { expect } from 'vitest';
import { findTimeMentions, type TimeMention } from './index';

/** Shared by the Japanese tests: Wednesday 5 March 2025, 10:00 in Tokyo. */
export const REF = { nowMs: Date.parse('2025-03-05T10:00:00+09:00'), timeZone: 'Asia/Tokyo' };
export const jst = (local: string): number => Date.parse(`${local}+09:00`);
export const find = (text: string, ref = REF): TimeMention[] => findTimeMentions(text, 'ja', ref);

/** The one mention in `text`, checked to point at its own words. */
export function only(text: string, ref = REF): TimeMention {
  const found = find(text, ref);
  expect(found, text).toHaveLength(1);
  const m = found[0] as TimeMention;
  expect(text.slice(m.start, m.end)).toBe(m.phrase);
  return m;
}
