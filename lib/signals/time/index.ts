/**
 * Time needs in what customers write, in Japanese and English: deadlines ("by Friday",
 * 金曜までに), moments (明日の午前中, "tomorrow at 5pm"), urgency without a date (至急,
 * "asap") and needs tied to an event ("before my flight", 結婚式に間に合わせたい), each
 * resolved against the conversation's clock and zone. Pure: the same text, language and
 * reference always give the same mentions. Conventions are in resolve.ts and README.md.
 */
import { parseEn } from './en';
import { parseJa } from './ja';
import { normalize, originalSpan, type Normalized } from './normalize';
import { limitOf, makeClock, place, type Clock } from './resolve';
import type { Draft } from './types';

export interface TimeMention {
  /** The words as written, and their offsets in the ORIGINAL text. */
  phrase: string;
  start: number;
  end: number;
  /** 'by' = a limit ("by Friday", 「金曜までに」, "before the party"), 'at' = a moment or period ("on Friday", 「明日の午前中」, "tomorrow"), 'asap' = urgency without a date (至急, "asap", "right away"). */
  kind: 'by' | 'at' | 'asap';
  /**
   * The interval meant, in epoch ms, resolved against `ref`; absent for 'asap' and for events
   * with no date. For 'at' it is the period named (a clock time is an instant: start = end).
   * For 'by' it runs from now (or from the limit, if already passed) to the limit.
   */
  interval?: { start: number; end: number };
  /** How precise: 'minute' | 'hour' | 'part-of-day' (morning, 午前中, 夕方) | 'day' | 'week' | 'month'. */
  grain?: string;
  /** For event-tied needs ("before my flight", 「週明けの会議で使う」, "for the wedding"): the event's words. */
  event?: string;
}

export interface TimeRef {
  nowMs: number;
  /** IANA zone of the conversation, e.g. 'Asia/Tokyo'. An unknown zone throws a RangeError (from Intl). */
  timeZone: string;
}

/**
 * Zones whose English writes dates day first (3/12 = 3 December). Elsewhere month first, as
 * US and Japanese writers do; a number above 12 settles the order whatever the zone.
 */
const DAY_FIRST = /^(?:Europe|Africa|Australia|Atlantic)\/|^(?:Pacific\/Auckland|Asia\/(?:Kolkata|Calcutta|Singapore|Hong_Kong|Dubai|Karachi|Dhaka|Jakarta|Kuala_Lumpur))$/;

function toMention(d: Draft, n: Normalized, original: string, clock: Clock): TimeMention | undefined {
  const { start, end } = originalSpan(n, d.s, d.e);
  const out: TimeMention = { phrase: original.slice(start, end), start, end, kind: d.kind };
  if (d.event) {
    const ev = originalSpan(n, d.event.s, d.event.e);
    out.event = original.slice(ev.start, ev.end);
  }
  if (!d.atom) return out;
  const placed = place(d.atom, clock);
  // A date that does not exist (2月30日) is no mention, unless an event still carries the need.
  if (!placed) return d.event ? out : undefined;
  if (d.kind === 'by') {
    const limit = limitOf(d.atom, placed, clock);
    out.interval = { start: Math.min(clock.nowMs, limit), end: limit };
  } else {
    out.interval = { start: placed.start, end: placed.end };
  }
  out.grain = placed.grain;
  return out;
}

export function findTimeMentions(text: string, lang: 'ja' | 'en', ref: TimeRef): TimeMention[] {
  const n = normalize(text);
  const clock = makeClock(ref.nowMs, ref.timeZone);
  const drafts = lang === 'ja' ? parseJa(n.text) : parseEn(n.text, DAY_FIRST.test(ref.timeZone));
  const out: TimeMention[] = [];
  for (const d of drafts) {
    const m = toMention(d, n, text, clock);
    if (m) out.push(m);
  }
  return out;
}

/** How tight a mention is at `nowMs`: hours left until its end (negative when passed), or null when unknown. */
export function hoursLeft(mention: TimeMention, nowMs: number): number | null {
  return mention.interval ? (mention.interval.end - nowMs) / 3_600_000 : null;
}
