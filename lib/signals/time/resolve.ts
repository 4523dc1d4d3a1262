/**
 * Places a grammar's atom on the calendar of the conversation's zone. Conventions (documented
 * here once, used by both languages):
 * - A bare weekday is the next such day after today; with 今日/today it may be today.
 *   "this Friday"/今週の金曜 is this week's (Monday-first) Friday, or the next one once passed.
 * - A clock time or part of day with no day named is the next one: "by 5pm" at 6pm is tomorrow.
 * - A bare hour 1–6 ("at 3", 3時) is read as afternoon, as support conversations run in
 *   business hours; 午前/am/朝 keep it in the morning.
 * - A 'by' limit is the end of the period named ("by Friday" = end of Friday), except before/
 *   前に and events (the start: a gift must arrive before the party), and week, weekend and
 *   month spans still ahead ("by next week", 来月までに: before it begins).
 */
import type { Atom, DaySpec, Grain, PartSpec, RelSpec, SpanSpec, TimeSpec } from './types';
import { addDays, addMonths, civilAt, compareDays, daysInMonth, epochOf, weekday, type Civil } from './zone';

export interface Clock { nowMs: number; timeZone: string; today: Civil }
export interface Placed { start: number; end: number; grain: Grain }

export function makeClock(nowMs: number, timeZone: string): Clock {
  return { nowMs, timeZone, today: civilAt(nowMs, timeZone).day };
}

function monday(c: Civil): Civil {
  return addDays(c, -((weekday(c) + 6) % 7));
}

function nextWeekday(c: Clock, wd: number, includeToday: boolean): Civil {
  const delta = (wd - weekday(c.today) + 7) % 7;
  return addDays(c.today, delta === 0 && !includeToday ? 7 : delta);
}

/** The next month numbered m, from this month on. */
function monthFrom(c: Clock, m: number): Civil {
  return { y: m >= c.today.m ? c.today.y : c.today.y + 1, m, d: 1 };
}

function dateOf(spec: Extract<DaySpec, { k: 'date' }>, c: Clock): Civil | undefined {
  const t = c.today;
  let y = t.y;
  let m = t.m;
  if (spec.m !== undefined) {
    m = spec.m;
    // Without a year, a date already past means next year's (a customer plans ahead).
    if (spec.y !== undefined) y = spec.y;
    else if (compareDays({ y, m, d: spec.d }, t) < 0) y += 1;
  } else if (spec.mOff !== undefined) {
    ({ y, m } = addMonths(t, spec.mOff));
  } else if (spec.d < t.d) {
    ({ y, m } = addMonths(t, 1));
  }
  if (m < 1 || m > 12 || spec.d < 1 || spec.d > daysInMonth(y, m)) return undefined;
  return { y, m, d: spec.d };
}

function dayOf(spec: DaySpec, c: Clock, today: boolean): Civil | undefined {
  switch (spec.k) {
    case 'rel':
      return addDays(c.today, spec.days);
    case 'wd': {
      if (spec.week === undefined) return nextWeekday(c, spec.wd, today);
      const inWeek = addDays(monday(c.today), 7 * spec.week + ((spec.wd + 6) % 7));
      return spec.week === 0 && compareDays(inWeek, c.today) < 0 ? nextWeekday(c, spec.wd, false) : inWeek;
    }
    case 'monthEnd': {
      const first = spec.m !== undefined ? monthFrom(c, spec.m) : addMonths(c.today, spec.off);
      return { ...first, d: daysInMonth(first.y, first.m) };
    }
    case 'date':
      return dateOf(spec, c);
  }
}

/** Minutes after midnight for a clock time, with the morning/afternoon reading settled. */
export function clockMinutes(time: TimeSpec, part?: PartSpec): number {
  let h = time.h;
  const afternoonPart = part !== undefined && part.from >= 720;
  if (time.mer === 'pm' || (time.mer === undefined && afternoonPart)) {
    if (h < 12) h += 12;
  } else if (time.mer === 'am') {
    if (h === 12) h = 0;
  } else if (h >= 1 && h <= 6) {
    h += 12;
  }
  return h * 60 + time.min;
}

function placeRel(rel: RelSpec, c: Clock): Placed {
  if (rel.unit === 'minute' || rel.unit === 'hour') {
    const t = c.nowMs + rel.n * (rel.unit === 'hour' ? 3_600_000 : 60_000);
    return { start: t, end: t, grain: rel.unit };
  }
  let day: Civil;
  if (rel.unit === 'month') {
    const first = addMonths(c.today, rel.n);
    day = { ...first, d: Math.min(c.today.d, daysInMonth(first.y, first.m)) };
  } else {
    day = addDays(c.today, rel.n * (rel.unit === 'week' ? 7 : 1));
  }
  return { start: epochOf(day, 0, c.timeZone), end: epochOf(day, 1440, c.timeZone), grain: rel.unit };
}

function placeSpan(span: SpanSpec, c: Clock): Placed {
  const tz = c.timeZone;
  if (span.k === 'month') {
    const first = span.m !== undefined ? monthFrom(c, span.m) : addMonths(c.today, span.off);
    return { start: epochOf(first, 0, tz), end: epochOf(addMonths(first, 1), 0, tz), grain: 'month' };
  }
  const mon = addDays(monday(c.today), 7 * span.off);
  if (span.k === 'week') return { start: epochOf(mon, 0, tz), end: epochOf(addDays(mon, 7), 0, tz), grain: 'week' };
  return { start: epochOf(addDays(mon, 5), 0, tz), end: epochOf(addDays(mon, 7), 0, tz), grain: 'day' };
}

/** The interval an atom names, or undefined for a date that does not exist (2月30日). */
export function place(a: Atom, c: Clock): Placed | undefined {
  if (a.rel) return placeRel(a.rel, c);
  if (a.span) return placeSpan(a.span, c);
  const day = a.day ? dayOf(a.day, c, a.today === true) : c.today;
  if (!day) return undefined;
  const tz = c.timeZone;
  const build = (d: Civil): Placed => {
    if (a.time) {
      const t = epochOf(d, clockMinutes(a.time, a.part), tz);
      return { start: t, end: t, grain: a.time.grain };
    }
    if (a.part) return { start: epochOf(d, a.part.from, tz), end: epochOf(d, a.part.to, tz), grain: a.part.grain ?? 'part-of-day' };
    return { start: epochOf(d, 0, tz), end: epochOf(d, 1440, tz), grain: 'day' };
  };
  const placed = build(day);
  if (!a.day && !a.today && placed.end <= c.nowMs) return build(addDays(day, 1));
  return placed;
}

/** The instant a 'by' mention must be met by (see the conventions above). */
export function limitOf(a: Atom, p: Placed, c: Clock): number {
  if (a.endOf) return p.end; // "before the end of the week" is still the week's end
  if (a.by === 'start' || a.event !== undefined) return p.start;
  if (a.span && !a.endOf && p.start > c.nowMs) return p.start;
  return p.end;
}
