import { describe, expect, it } from 'vitest';
import type { PromptEventRecord } from '../db/types';
import { adherenceByWeek, adherenceCsv, isoWeek, recentFigures } from './adherence';

const at = (iso: string) => Date.parse(iso);
const event = (ruleId: string, kind: PromptEventRecord['kind'], when: string, reason?: string): PromptEventRecord => ({
  sessionId: 's1', ruleId, kind, at: at(when), ...(reason ? { reason } : {}),
});

describe('ISO weeks', () => {
  it('follows ISO-8601 at year boundaries', () => {
    expect(isoWeek(at('2026-11-20T07:00:00Z'))).toBe('2026-W47');
    expect(isoWeek(at('2021-01-03T12:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(at('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeek(at('2026-01-01T00:00:00Z'))).toBe('2026-W01');
  });
});

describe('adherence', () => {
  const events = [
    event('apologise-first', 'shown', '2026-11-16T09:00:00Z'),
    event('apologise-first', 'followed', '2026-11-16T09:01:00Z'),
    event('apologise-first', 'shown', '2026-11-18T09:00:00Z'),
    event('apologise-first', 'dismissed', '2026-11-18T09:00:30Z', 'not-relevant'),
    event('apologise-first', 'shown', '2026-11-24T09:00:00Z'),
    event('apologise-first', 'ignored', '2026-11-24T09:10:00Z'),
    event('greet-and-introduce', 'dismissed', '2026-11-17T09:00:00Z'),
  ];

  it('counts each rule per ISO week, dismissals by reason', () => {
    const rows = adherenceByWeek(events);
    expect(rows.map((r) => [r.ruleId, r.week])).toEqual([
      ['apologise-first', '2026-W47'],
      ['apologise-first', '2026-W48'],
      ['greet-and-introduce', '2026-W47'],
    ]);
    expect(rows[0]).toMatchObject({ shown: 2, followed: 1, dismissed: 1, dismissedBy: { 'not-relevant': 1 } });
    expect(rows[1]).toMatchObject({ shown: 1, ignored: 1 });
    expect(rows[2]?.dismissedBy).toEqual({ '': 1 });
  });

  it('exports CSV with a follow rate and neutralised formulas', () => {
    const csv = adherenceCsv(adherenceByWeek([...events, event('take-a-breath', 'dismissed', '2026-11-16T10:00:00Z', '=HYPERLINK("x")')]));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('rule,week,shown,followed,dismissed,ignored,snoozed,inserted,copied,follow_rate,dismissed_by');
    expect(lines[1]).toBe('apologise-first,2026-W47,2,1,1,0,0,0,0,0.50,not-relevant:1');
    expect(lines[4]).toBe(`take-a-breath,2026-W47,0,0,1,0,0,0,0,,"'=HYPERLINK(""x""):1"`);
    expect(lines[3]).toBe('greet-and-introduce,2026-W47,0,0,1,0,0,0,0,,unspecified:1');
  });

  it('sums the last days for the rules list', () => {
    const figures = recentFigures(events, at('2026-11-18T00:00:00Z'));
    expect(figures.get('apologise-first')).toEqual({ shown: 2, followed: 0, dismissed: 1 });
    expect(figures.has('greet-and-introduce')).toBe(false);
  });
});
