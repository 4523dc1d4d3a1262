import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimeMentions, hoursLeft, type TimeMention } from './index';
import { kanjiValue, normalize, originalSpan } from './normalize';
import { civilAt, epochOf, offsetMs } from './zone';

describe('zone arithmetic with Intl', () => {
  it('Tokyo is nine hours ahead all year', () => {
    expect(offsetMs(Date.parse('2025-01-15T00:00:00Z'), 'Asia/Tokyo')).toBe(9 * 3_600_000);
    expect(offsetMs(Date.parse('2025-07-15T00:00:00Z'), 'Asia/Tokyo')).toBe(9 * 3_600_000);
    expect(epochOf({ y: 2025, m: 3, d: 5 }, 15 * 60, 'Asia/Tokyo')).toBe(Date.parse('2025-03-05T06:00:00Z'));
  });

  it('London changes at 01:00 UTC on the last Sunday of March and October', () => {
    expect(offsetMs(Date.parse('2025-03-30T00:59:00Z'), 'Europe/London')).toBe(0);
    expect(offsetMs(Date.parse('2025-03-30T01:00:00Z'), 'Europe/London')).toBe(3_600_000);
    expect(offsetMs(Date.parse('2025-10-26T00:59:00Z'), 'Europe/London')).toBe(3_600_000);
    expect(offsetMs(Date.parse('2025-10-26T01:00:00Z'), 'Europe/London')).toBe(0);
  });

  it('local wall times map to instants on both sides of a change', () => {
    expect(epochOf({ y: 2025, m: 3, d: 30 }, 17 * 60, 'Europe/London')).toBe(Date.parse('2025-03-30T16:00:00Z'));
    expect(epochOf({ y: 2025, m: 3, d: 30 }, 0, 'Europe/London')).toBe(Date.parse('2025-03-30T00:00:00Z'));
    expect(epochOf({ y: 2025, m: 10, d: 27 }, 0, 'Europe/London')).toBe(Date.parse('2025-10-27T00:00:00Z'));
  });

  it('the local day can differ from the UTC day', () => {
    expect(civilAt(Date.parse('2025-03-05T20:00:00Z'), 'Asia/Tokyo')).toEqual({ day: { y: 2025, m: 3, d: 6 }, minutes: 5 * 60 });
  });

  it('the same instant is a different "today" in Tokyo and London', () => {
    const nowMs = Date.parse('2025-03-05T20:00:00Z'); // Thursday 05:00 in Tokyo, Wednesday 20:00 in London
    const tokyo = findTimeMentions('I need it today.', 'en', { nowMs, timeZone: 'Asia/Tokyo' })[0];
    const london = findTimeMentions('I need it today.', 'en', { nowMs, timeZone: 'Europe/London' })[0];
    expect(tokyo?.interval?.start).toBe(Date.parse('2025-03-06T00:00:00+09:00'));
    expect(london?.interval?.start).toBe(Date.parse('2025-03-05T00:00:00Z'));
  });

  it('Japanese times in London are London times', () => {
    const ref = { nowMs: Date.parse('2025-07-01T08:00:00Z'), timeZone: 'Europe/London' };
    expect(findTimeMentions('15時までに連絡ください', 'ja', ref)[0]?.interval?.end).toBe(Date.parse('2025-07-01T14:00:00Z'));
  });
});

describe('normalisation', () => {
  it.each([['十', 10], ['二十', 20], ['二十五', 25], ['十二', 12], ['三', 3], ['二〇二五', 2025], ['百二十', 120]])('%s = %i', (run, v) => {
    expect(kanjiValue(run)).toBe(v);
  });

  it('maps normalised spans back to the original words', () => {
    const n = normalize('受取は十二月二十五日の１５時');
    expect(n.text).toBe('受取は12月25日の15時');
    const s = n.text.indexOf('25日');
    expect(originalSpan(n, s, s + 3)).toEqual({ start: 6, end: 10 });
  });

  it('leaves numerals that are words alone', () => {
    expect(normalize('一緒に九州へ、一時的に十分です').text).toBe('一緒に九州へ、一時的に十分です');
    expect(normalize('3時十分に').text).toBe('3時10分に');
  });
});

describe('hoursLeft', () => {
  const m: TimeMention = { phrase: 'by 5pm', start: 0, end: 6, kind: 'by', interval: { start: 0, end: 10 * 3_600_000 } };

  it('counts hours to the end, negative once passed', () => {
    expect(hoursLeft(m, 4 * 3_600_000)).toBe(6);
    expect(hoursLeft(m, 12 * 3_600_000)).toBe(-2);
  });

  it('is null without an interval', () => {
    expect(hoursLeft({ phrase: '至急', start: 0, end: 2, kind: 'asap' }, 0)).toBeNull();
  });
});

describe('any text', () => {
  const pieces = [
    '明日', 'の', '15時', '十二月', '二十日', 'までに', '至急', '急ぎません', '賞味期限', '、', '。', '１５', '：', '会議で使う', '今日は',
    'by ', 'Friday ', 'at 5pm ', 'before my flight ', 'on ', 'the 3rd ', 'asap ', 'no rush ', 'today ', '3/12 ', ', ', '. ', '🙏', ' ', 'x',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((a) => a.join(''));

  it('never throws, and every mention points at its own words in order', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<'ja' | 'en'>('ja', 'en'), fc.integer({ min: 0, max: 4_000_000_000_000 }), (t, lang, nowMs) => {
        let last = 0;
        for (const m of findTimeMentions(t, lang, { nowMs, timeZone: 'Europe/London' })) {
          expect(t.slice(m.start, m.end)).toBe(m.phrase);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          last = m.end;
          if (m.kind === 'asap') expect(m.interval).toBeUndefined();
          if (m.interval) expect(m.interval.end).toBeGreaterThanOrEqual(m.interval.start);
        }
      }),
      { numRuns: 300 },
    );
  });
});
