/**
 * Steps both grammars share: choose among overlapping candidates, merge adjacent atoms into
 * one mention (明日の + 午後3時, "Thursday" + "morning"), and cut text into clauses, which
 * scope negation ("not urgent"), expiry words (賞味期限) and the lone-"today" test.
 */
import { clockMinutes } from './resolve';
import type { Atom, Draft, PartSpec, TimeSpec } from './types';

/** Leftmost, then longest: the fuller reading wins (今週の金曜 over 今週, 午前中 over 午前). */
export function pickLongest<T extends { s: number; e: number }>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.s - b.s || b.e - a.e);
  const out: T[] = [];
  let end = -1;
  for (const it of sorted) {
    if (it.s >= end) {
      out.push(it);
      end = it.e;
    }
  }
  return out;
}

/** Every match of a global regex, as candidates built by `make` (which may refuse with undefined). */
export function scan<T>(text: string, re: RegExp, make: (m: RegExpExecArray) => T | undefined): T[] {
  const out: T[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = make(m);
    if (v !== undefined) out.push(v);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** Each slot (day, part of day, clock time) may be filled once; spans and offsets stand alone. */
function compatible(a: Atom, b: Atom): boolean {
  if (a.rel || b.rel || a.span || b.span) return false;
  if ((a.time && b.time) || (a.part && b.part)) return false;
  // 12/3(金), "Friday the 12th": a weekday beside a date repeats it, and the date wins.
  if (a.day && b.day) return (a.day.k === 'wd') !== (b.day.k === 'wd');
  return true;
}

function merge(a: Atom, b: Atom, by: Atom['by']): Atom {
  const out: Atom = { s: a.s, e: b.e };
  const day = a.day && b.day ? (a.day.k === 'wd' ? b.day : a.day) : (a.day ?? b.day);
  if (day) out.day = day;
  const part = a.part ?? b.part;
  if (part) out.part = part;
  const time = a.time ?? b.time;
  if (time) out.time = time;
  if (a.today || b.today) out.today = true;
  const limit = by ?? a.by ?? b.by;
  if (limit) out.by = limit;
  const event = a.event ?? b.event;
  if (event) out.event = event;
  return out;
}

/**
 * What may stand between two atoms of one mention: `join` returns false to keep them apart,
 * 'plain' to merge, or a limit when the gap itself is a limit word ("tomorrow by 3pm").
 */
export type Joiner = (gap: string) => false | 'plain' | 'end' | 'start';

export function mergeAtoms(atoms: readonly Atom[], text: string, join: Joiner): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    const prev = out[out.length - 1];
    if (prev && compatible(prev, a)) {
      const j = join(text.slice(prev.e, a.s));
      if (j) {
        out[out.length - 1] = merge(prev, a, j === 'plain' ? undefined : j);
        continue;
      }
    }
    out.push({ ...a });
  }
  return out;
}

/** One slot of the day from two clock times. A range runs forward: "5 to 7" is 17–19, "10 to 2" 10–14. */
export function rangePart(t1: TimeSpec, t2: TimeSpec): PartSpec {
  let from = clockMinutes(t1);
  let to = clockMinutes(t2);
  if (from > to && !t2.mer && to + 720 > from) to += 720;
  else if (from > to && !t1.mer) from = clockMinutes({ ...t1, mer: 'am' });
  return { from, to, grain: t1.grain === 'minute' || t2.grain === 'minute' ? 'minute' : 'hour' };
}

/** 14時〜16時, "9am to 12pm": two clock atoms joined by `sep` become one slot of the day. */
export function joinRanges(atoms: readonly Atom[], text: string, sep: RegExp): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    const prev = out[out.length - 1];
    if (prev?.time && a.time && !prev.day && !prev.part && sep.test(text.slice(prev.e, a.s))) {
      out[out.length - 1] = { s: prev.s, e: a.e, part: rangePart(prev.time, a.time) };
      continue;
    }
    out.push(a);
  }
  return out;
}

/** [start, end) of each stretch between matches of `boundary` (a global regex). */
export function clauses(text: string, boundary: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of scan(text, boundary, (x) => x)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

export function clauseOf(list: ReadonlyArray<[number, number]>, pos: number): [number, number] {
  return list.find(([s, e]) => pos >= s && pos < e) ?? list[list.length - 1] ?? [0, 0];
}

/**
 * それまでに, "before then": a limit pointing back at the last moment named before it
 * (来週の火曜日に出張があるので、それまでに) turns that moment into a limit at its start.
 */
export function applyAnaphora(drafts: Draft[], text: string, pointer: RegExp): Draft[] {
  for (const pos of scan(text, pointer, (m) => m.index)) {
    const prev = drafts.filter((d) => d.atom && d.kind === 'at' && d.e <= pos).pop();
    if (prev?.atom) {
      prev.kind = 'by';
      prev.atom = { ...prev.atom, by: 'start' };
    }
  }
  return drafts;
}

/** How a language marks the context rules: clause ends, expiry words, negated urgency. */
export interface ContextRules {
  bounds: RegExp;
  expiry: RegExp;
  /** How far (in chars) an expiry word reaches forward: が/は in Japanese, "date is" in English. */
  expiryReach: number;
  negation: RegExp;
}

/**
 * Removes what the context rules out: a time right after an expiry word in the same clause
 * (賞味期限は12月3日まで is a product fact, not a need; 期限が切れた… does not reach), and
 * urgency in a clause whose urgency is negated (急ぎではない, "not urgent"). The negating
 * words themselves never become mentions.
 */
export function applyContext(drafts: Draft[], text: string, rules: ContextRules): Draft[] {
  const list = clauses(text, rules.bounds);
  const expiries = scan(text, rules.expiry, (m) => ({ s: m.index, e: m.index + m[0].length }));
  const negated = new Set(scan(text, rules.negation, (m) => clauseOf(list, m.index)[0]));
  return drafts.filter((d) => {
    const [cs] = clauseOf(list, d.s);
    if (d.kind === 'asap') return !negated.has(cs);
    return !expiries.some((x) => {
      const gap = text.slice(x.e, d.s);
      return x.s < d.s && d.s - x.e <= rules.expiryReach && !/切れ|過ぎ/.test(gap) && clauseOf(list, x.s)[0] === cs;
    });
  });
}
