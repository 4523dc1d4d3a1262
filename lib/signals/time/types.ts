/**
 * Shapes shared by the Japanese and English grammars. Both grammars turn words into the same
 * small specs (a day, a span of days, a part of a day, a clock time, an offset from now), so
 * that one resolver places them on the calendar and the two languages cannot drift apart.
 */

export type Grain = 'minute' | 'hour' | 'part-of-day' | 'day' | 'week' | 'month';
export type Kind = 'by' | 'at' | 'asap';

/** A calendar day named by the text, before it is placed on the calendar. */
export type DaySpec =
  /** 今日 = 0, 明日 = 1, 明後日 = 2. */
  | { k: 'rel'; days: number }
  /** wd: 0 = Sunday. week: absent = the next such day after today; 0 = this week; 1 = next week. */
  | { k: 'wd'; wd: number; week?: number }
  /** y/m absent = the next such date from today on; mOff = 来月3日 (month counted from now). */
  | { k: 'date'; d: number; m?: number; y?: number; mOff?: number }
  /** The last day of a month: 月末 (off 0), 来月末 (off 1), 12月末 (m 12). */
  | { k: 'monthEnd'; off: number; m?: number };

/** Several days at once. Weeks run Monday to Sunday, as Japanese and UK business calendars do. */
export interface SpanSpec {
  k: 'week' | 'weekend' | 'month';
  /** 0 = the current one, 1 = the next one. */
  off: number;
  /** A month named by number or name (12月, December): the next such month from now on. */
  m?: number;
}

/** Minutes from local midnight; `to` may be 1440. A clock range (14時〜16時) is a part too. */
export interface PartSpec { from: number; to: number; grain?: Grain }

/** A clock time. `mer` is set when the words fix morning or afternoon (午後, pm, 夜). */
export interface TimeSpec { h: number; min: number; grain: 'hour' | 'minute'; mer?: 'am' | 'pm' }

/** An offset from now: 3日後, in two hours, 二週間以内. */
export interface RelSpec { n: number; unit: 'minute' | 'hour' | 'day' | 'week' | 'month' }

/** One run of time words, found by a grammar; adjacent atoms merge into one mention. */
export interface Atom {
  s: number;
  e: number;
  day?: DaySpec;
  span?: SpanSpec;
  part?: PartSpec;
  time?: TimeSpec;
  rel?: RelSpec;
  /** Set by a limit word: 'end' = by/until/まで (end of the period), 'start' = before/前に and events. */
  by?: 'end' | 'start';
  /** The words name today, so a time that has passed stays today instead of rolling forward. */
  today?: boolean;
  /** 今週中, "end of the month": the limit is the span's end even when the span is still ahead. */
  endOf?: boolean;
  /**
   * Words that only count in company: 'today' = a lone 今日/today that must qualify a need;
   * 'part' = "morning", 夜 alone, which need a day, a marker or a clock time beside them.
   */
  lone?: 'today' | 'part';
  /** Where a named event's words are (a holiday, or words tied by a rule): a 'by' limit is its start. */
  event?: Span;
}

/** What a grammar hands back: offsets in the text it parsed, before resolution. */
export interface Draft {
  s: number;
  e: number;
  kind: Kind;
  atom?: Atom;
  event?: Span;
}

/** Offsets [s, e) in the text a grammar parsed. */
export interface Span { s: number; e: number }

/** Fixed-date holidays, shared so that "Christmas" and クリスマス resolve alike. */
export const HOLIDAYS: ReadonlyArray<{ re: RegExp; m: number; d: number }> = [
  { re: /^(?:christmas eve|クリスマスイブ|クリスマス・イブ|イブ)$/i, m: 12, d: 24 },
  { re: /^(?:christmas(?: day)?|xmas|クリスマス)$/i, m: 12, d: 25 },
  { re: /^(?:new year'?s eve|大晦日|大みそか)$/i, m: 12, d: 31 },
  { re: /^(?:new year(?:'?s)?(?: day)?|元旦|元日|お正月|正月)$/i, m: 1, d: 1 },
  { re: /^(?:valentine'?s(?: day)?|バレンタイン(?:デー)?)$/i, m: 2, d: 14 },
  { re: /^(?:white day|ホワイトデー)$/i, m: 3, d: 14 },
  { re: /^(?:halloween|ハロウィン|ハロウィーン)$/i, m: 10, d: 31 },
];

export function holidayAtom(s: number, e: number, words: string): Atom | undefined {
  const h = HOLIDAYS.find((x) => x.re.test(words));
  return h ? { s, e, day: { k: 'date', m: h.m, d: h.d }, event: { s, e } } : undefined;
}
