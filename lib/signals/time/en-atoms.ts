/**
 * English time words as a small grammar, in place of chrono-node (measured: about 47 KB
 * minified for its English parser alone, fixed-offset zones only, points instead of periods;
 * see README.md). It covers what customers write about needs: days, weekdays, dates, clock
 * times, parts of the day, business limits (EOD, COB), weeks, months and offsets from now.
 */
import { joinRanges, pickLongest, rangePart, scan } from './compose';
import { holidayAtom, type Atom, type RelSpec, type TimeSpec } from './types';

const WEEKDAY = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const ABBR: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Tues: 2, Wed: 3, Thu: 4, Thur: 4, Thurs: 4, Fri: 5, Sat: 6 };
const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const NUMBER: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, 'a couple of': 2, 'couple of': 2, 'twenty-four': 24, 'forty-eight': 48,
};
const COUNT = '\\d{1,3}|a couple of|couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty-four|forty-eight';
const UNIT = '(?:business |working )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)';
const PARTS: Record<string, { from: number; to: number }> = {
  morning: { from: 360, to: 720 }, afternoon: { from: 720, to: 1080 }, evening: { from: 1020, to: 1260 }, night: { from: 1080, to: 1440 },
};

type Make = (m: RegExpExecArray, s: number, e: number, text: string, dayFirst: boolean) => Atom | undefined;

const n = (v: string | undefined): number => Number(v ?? '0');
const monthOf = (w: string | undefined): number => MONTHS.indexOf((w ?? '').slice(0, 3).toLowerCase()) + 1;
/** "may" and "March" are also words; as months they are capitalised. */
const badMonth = (w: string | undefined): boolean => w === 'may' || w === 'march';
const weekOff = (w: string | undefined): number | undefined => (!w ? undefined : /next|following/i.test(w) ? 1 : /coming/i.test(w) ? undefined : 0);
/** The words just before an atom (lower case), for rules that need a preposition. */
const before = (text: string, s: number): string => text.slice(Math.max(0, s - 24), s).toLowerCase();
/** am/pm as the words wrote it, if they did. */
const merOf = (v: string | undefined): TimeSpec['mer'] => (v ? (/a/i.test(v) ? 'am' : 'pm') : undefined);
/** Ordinal day words, "first" to "thirty-first" (hyphen or space): as a transcript writes "the twenty-seventh". */
const ORD_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORD_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_WORDS = `(?:twenty|thirty)[- ](?:${ORD_UNITS.join('|')})|twentieth|thirtieth|${ORD_TEENS.join('|')}|${ORD_UNITS.join('|')}`;
function ordinalDay(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\s+/, '-');
  const unit = (x: string) => ORD_UNITS.indexOf(x) + 1;
  if (ORD_TEENS.includes(w)) return 10 + ORD_TEENS.indexOf(w);
  if (w === 'twentieth') return 20;
  if (w === 'thirtieth') return 30;
  const [tens, rest] = w.split('-');
  if (rest) { const d = (tens === 'twenty' ? 20 : 30) + unit(rest); return d <= 31 ? d : undefined; }
  return unit(w) || undefined;
}
const PREP = /\b(?:on|by|before|until|till|for|from|after|than|in|during|over|around|at)\s+(?:the\s+)?$/;

function rel(count: string | undefined, unit: string | undefined): RelSpec {
  const u = (unit ?? '').replace(/^(?:business|working) /, '');
  const unitName = /^min/.test(u) ? 'minute' : /^h/.test(u) ? 'hour' : /^d/.test(u) ? 'day' : /^w/.test(u) ? 'week' : 'month';
  const c = (count ?? '').toLowerCase();
  return { n: NUMBER[c] ?? n(c), unit: unitName };
}

function dayFirstDate(a: number, b: number, dayFirst: boolean): { m: number; d: number } {
  // A number above 12 settles the order; otherwise the zone's convention does (README.md).
  if (a > 12) return { m: b, d: a };
  if (b > 12) return { m: a, d: b };
  return dayFirst ? { m: b, d: a } : { m: a, d: b };
}

const RULES: Array<[RegExp, Make]> = [
  [/\b(?:(later|sometime|some time|earlier|(?:the )?end of)\s+)?(the day after tomorrow|today|tonight|tonite|tomorrow|tmrw|tmr|yesterday)\b/gi, (m, s, e) => {
    const w = (m[2] ?? '').toLowerCase();
    const days = w.includes('after') ? 2 : /^to(?:night|nite)|^today/.test(w) ? 0 : w === 'yesterday' ? -1 : 1;
    const a: Atom = { s, e, day: { k: 'rel', days } };
    if (days === 0) a.today = true;
    if (w.startsWith('tonight') || w === 'tonite') a.part = PARTS.night;
    if (/end/i.test(m[1] ?? '')) a.by = 'end';
    else if (w === 'today' && !m[1]) a.lone = 'today';
    return a;
  }],
  [/\b(?:(this coming|coming|this|next|the following)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi, (m, s, e) => {
    const week = weekOff(m[1]);
    const wd = WEEKDAY.indexOf((m[2] ?? '').toLowerCase());
    return { s, e, day: week === undefined ? { k: 'wd', wd } : { k: 'wd', wd, week } };
  }],
  [/\b(?:(this|next)\s+)?(Sun|Mon|Tues?|Wed|Thur?s?|Fri|Sat)\b\.?/g, (m, s, e) => {
    const week = weekOff(m[1]);
    const wd = ABBR[m[2] ?? ''] ?? 0;
    return { s, e, day: week === undefined ? { k: 'wd', wd } : { k: 'wd', wd, week } };
  }],
  // Casual writing's lower-case day ("mum lands sat morning", "by fri"), only where it cannot be a
  // word of its own ("I sat down"): before a part of the day or a time, or after on / by / till.
  [/\b(?:(this|next)\s+)?(sun|mon|tues?|weds?|thur?s?|fri|sat)\b\.?(?=\s+(?:morning|afternoon|evening|night|am\b|pm\b|\d))|(?<=\b(?:on|by|till|until|before|from)\s)(sun|mon|tues?|weds?|thur?s?|fri|sat)\b\.?/g, (m, s, e) => {
    const week = weekOff(m[1]);
    const word = (m[2] ?? m[3] ?? '').replace(/^weds$/, 'wed');
    const wd = ABBR[word.charAt(0).toUpperCase() + word.slice(1)] ?? 0;
    return { s, e, day: week === undefined ? { k: 'wd', wd } : { k: 'wd', wd, week } };
  }],
  [/(?<!\bgood\s|\blast\s|\bevery\s|\beach\s)\b(?:(this|in the)\s+)?(morning|afternoon|evening|night)\b/gi, (m, s, e) => {
    const part = PARTS[(m[2] ?? '').toLowerCase()];
    if (!part) return undefined;
    const a: Atom = { s, e, part };
    if (/this/i.test(m[1] ?? '')) Object.assign(a, { day: { k: 'rel', days: 0 }, today: true });
    else if (!m[1]) a.lone = 'part';
    return a;
  }],
  [/\bfirst thing(\s+in the morning)?\b/gi, (m, s, e) => ({ s, e, part: { from: 480, to: 600 }, ...(m[1] ? {} : { lone: 'part' as const }) })],
  // Business limits read as 17:00 local: the customer expects it within working hours.
  [/\b(?:(?:the\s+)?end of (?:the\s+)?(?:business\s+|working\s+)?day|EOD|E\.O\.D\.?|COB|C\.O\.B\.?|EOB|close of (?:business|play)|end of business)(?!\w)/gi,
    (_m, s, e, text) => (/\bat\s+(?:the\s+)?$/i.test(before(text, s)) ? undefined : { s, e, time: { h: 17, min: 0, grain: 'hour', mer: 'pm' }, by: 'end' })],
  [/\b(noon|midday|midnight|lunchtime|lunch time)\b/gi, (m, s, e) => {
    const w = (m[1] ?? '').toLowerCase();
    if (w.startsWith('lunch')) return { s, e, part: { from: 720, to: 780 } };
    return { s, e, time: w === 'midnight' ? { h: 24, min: 0, grain: 'hour' } : { h: 12, min: 0, grain: 'hour', mer: 'pm' } };
  }],
  [/\b(\d{1,2})(?::([0-5]\d))?\s*([ap])(?:m\b|\.m\.?)/gi, (m, s, e) => n(m[1]) < 1 || n(m[1]) > 12 ? undefined
    : { s, e, time: { h: n(m[1]), min: n(m[2]), grain: m[2] ? 'minute' : 'hour', mer: /a/i.test(m[3] ?? '') ? 'am' : 'pm' } }],
  [/(?<![\d:./])([01]?\d|2[0-4]):([0-5]\d)(?![\d:])/g, (m, s, e) => ({ s, e, time: { h: n(m[1]), min: n(m[2]), grain: 'minute' } })],
  // "between eight and noon", "from nine till twelve": a range in words, said as times only after between/from.
  [/\b(?:between|from)\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s*([ap]m))?\s+(?:and|to|till|until)\s+(noon|midday|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})(?:\s*([ap]m))?\b/gi,
    (m, s, e) => {
      const hour = (w: string) => (/^\d+$/.test(w) ? n(w) : /noon|midday/i.test(w) ? 12 : NUMBER[w.toLowerCase()] ?? 0);
      const noon = /noon|midday/i.test(m[3] ?? '');
      const t2: TimeSpec = { h: hour(m[3] ?? ''), min: 0, grain: 'hour', mer: noon ? 'pm' : merOf(m[4]) };
      const t1: TimeSpec = { h: hour(m[1] ?? ''), min: 0, grain: 'hour', mer: merOf(m[2]) ?? (noon ? 'am' : undefined) };
      if (t1.h < 1 || t1.h > 12 || t2.h < 1 || t2.h > 12) return undefined;
      return { s, e, part: rangePart(t1, t2) };
    }],
  // "2-4pm", "between 5 and 7": bare numbers count as clock times only with am/pm or "between".
  [/\b(between\s+|from\s+)?(\d{1,2})(?::([0-5]\d))?(?:\s*([ap]m))?\s*(?:-|–|to|and|until|till)\s*(\d{1,2})(?::([0-5]\d))?(?:\s*([ap]m))?\b/gi,
    (m, s, e, text) => {
      if (!m[7] && !(m[1] && /^\s*(?:$|[.,!?;]|(?:today|tomorrow|tonight|on|this|next|please)\b)/i.test(text.slice(e)))) return undefined;
      const t2: TimeSpec = { h: n(m[5]), min: n(m[6]), grain: m[6] ? 'minute' : 'hour', mer: merOf(m[7]) };
      // "2-4pm" shares the pm; "10-2pm" starts in the morning.
      const m1 = merOf(m[4]) ?? (t2.mer && n(m[2]) <= t2.h ? t2.mer : undefined);
      const t1: TimeSpec = { h: n(m[2]), min: n(m[3]), grain: m[3] ? 'minute' : 'hour', mer: m1 };
      if (t1.h > 12 || t2.h > 12) return undefined;
      return { s, e, part: rangePart(t1, t2) };
    }],
  [/\b(\d{1,2})\s*o'?clock\b/gi, (m, s, e) => ({ s, e, time: { h: n(m[1]), min: 0, grain: 'hour' } })],
  // A bare hour only after a time preposition and before the end of the phrase: "by 3", "at 5 on Friday".
  [/(?<=\b(?:at|by|before|until|till|around)\s)(\d{1,2})(?=\s*(?:$|[.,!?;)]|\s(?:today|tomorrow|tonight|on|this|next|[a-z]+day)\b))/gi,
    (m, s, e) => (n(m[1]) >= 1 && n(m[1]) <= 12 ? { s, e, time: { h: n(m[1]), min: 0, grain: 'hour' } } : undefined)],
  // A spelled hour the same way ("back from school at three", "by four today"), and "half three" (3:30).
  [/(?<=\b(?:at|by|before|until|till|around|for)\s)(?:(half)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'?clock)?(?=\s*(?:$|[.,!?;)]|\s(?:today|tomorrow|tonight|on|this|next|latest|at the latest|[a-z]+day)\b))/gi,
    (m, s, e) => ({ s, e, time: { h: NUMBER[(m[2] ?? '').toLowerCase()] ?? 0, min: m[1] ? 30 : 0, grain: m[1] ? 'minute' : 'hour' } })],
  [new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi'), (m, s, e) => badMonth(m[1]) ? undefined
    : { s, e, day: m[3] ? { k: 'date', m: monthOf(m[1]), d: n(m[2]), y: n(m[3]) } : { k: 'date', m: monthOf(m[1]), d: n(m[2]) } }],
  [new RegExp(`\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b\\.?(?:,?\\s+(\\d{4}))?`, 'gi'), (m, s, e) => badMonth(m[2]) ? undefined
    : { s, e, day: m[3] ? { k: 'date', m: monthOf(m[2]), d: n(m[1]), y: n(m[3]) } : { k: 'date', m: monthOf(m[2]), d: n(m[1]) } }],
  // The same, spelled, as speech is transcribed: "on the twenty-seventh", "Friday the first".
  [new RegExp(`\\b(?:the\\s+)?(${ORDINAL_WORDS})\\b`, 'gi'), (m, s, e, text) => {
    const d = ordinalDay(m[1] ?? '');
    // A word after it makes it a rank ("for the first time", "in the second email"), not a day.
    const closes = /^\s*(?:$|[.,!?;:)]|(?:at|or|and|when|so|because|then|please|if|morning|afternoon|evening|night|latest)\b)/i.test(text.slice(e));
    return d && closes && (PREP.test(before(text, s)) || /day,?\s+$/.test(before(text, s)) || /^the/i.test(m[0]))
      ? { s, e, day: { k: 'date', d } } : undefined;
  }],
  // An ordinal only as a date: after a preposition or a weekday ("on the 12th", "Friday 4th"),
  // or closing the phrase ("by the 3rd."); not "the 3rd time" or "my 2nd order".
  [/\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/gi, (m, s, e, text) =>
    PREP.test(before(text, s)) || /day,?\s+$/.test(before(text, s)) || (/^the/i.test(m[0]) && /^\s*(?:$|[.,!?;]|at\b)/.test(text.slice(e)))
      ? { s, e, day: { k: 'date', d: n(m[1]) } } : undefined],
  [/(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?(?![\d/])/g, (m, s, e, _text, dayFirst) => {
    const { m: mo, d } = dayFirstDate(n(m[1]), n(m[2]), dayFirst);
    if (mo < 1 || mo > 12) return undefined;
    const y = m[3] ? (n(m[3]) < 100 ? 2000 + n(m[3]) : n(m[3])) : undefined;
    return { s, e, day: y === undefined ? { k: 'date', m: mo, d } : { k: 'date', m: mo, d, y } };
  }],
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m, s, e) => ({ s, e, day: { k: 'date', y: n(m[1]), m: n(m[2]), d: n(m[3]) } })],
  [/\b(?:(?:the\s+)?(end|start|beginning|middle) of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/gi, (m, s, e, text) => {
    if (!m[1] && !PREP.test(before(text, s))) return undefined;
    const mo = monthOf(m[2]);
    if (/end/i.test(m[1] ?? '')) return { s, e, day: { k: 'monthEnd', off: 0, m: mo }, by: 'end' };
    return { s, e, span: { k: 'month', off: 0, m: mo } };
  }],
  [/\b(?:(?:the\s+)?(end|start|beginning|middle) of\s+)?(this|next|the following|the)\s+week(\s+after\s+next)?\b/gi, (m, s, e) => {
    const det = (m[2] ?? '').toLowerCase();
    if (det === 'the' && !m[1] && !m[3]) return undefined;
    const off = m[3] ? 2 : /next|following/.test(det) ? 1 : 0;
    const mod = (m[1] ?? '').toLowerCase();
    if (mod === 'end') return { s, e, span: { k: 'week', off }, endOf: true, by: 'end' };
    if (mod) return { s, e, day: { k: 'wd', wd: mod === 'middle' ? 3 : 1, week: off } };
    return { s, e, span: { k: 'week', off } };
  }],
  [/\b(this|next|the|over the|on the)\s+weekend\b/gi, (m, s, e) => ({ s, e, span: { k: 'weekend', off: /next/i.test(m[1] ?? '') ? 1 : 0 } })],
  [/\b(?:(?:the\s+)?(end) of\s+)?(this|next|the)\s+month\b|\bmonth[- ]end\b/gi, (m, s, e) => {
    const off = /next/i.test(m[2] ?? '') ? 1 : 0;
    if (m[1] || !m[2]) return { s, e, day: { k: 'monthEnd', off }, by: 'end' };
    return /the/i.test(m[2]) ? undefined : { s, e, span: { k: 'month', off } };
  }],
  [new RegExp(`\\b(in|within|in the next|inside of|inside|under)\\s+(${COUNT})\\s+(${UNIT})\\b`, 'gi'), (m, s, e) => {
    const a: Atom = { s, e, rel: rel(m[2], m[3]) };
    if (!/^in$/i.test(m[1] ?? '')) a.by = 'end';
    return a;
  }],
  [new RegExp(`\\b(${COUNT})\\s+(${UNIT})\\s+from now\\b`, 'gi'), (m, s, e) => ({ s, e, rel: rel(m[1], m[2]) })],
  [/\b(?:christmas eve|christmas(?: day)?|xmas|new year'?s eve|new year(?:'?s)?(?: day)?|valentine'?s(?: day)?|halloween)\b/gi,
    (m, s, e) => {
      const a = holidayAtom(s, e, m[0]);
      return a && { ...a, lone: 'part' };
    }],
];

export function enAtoms(text: string, dayFirst: boolean): Atom[] {
  const found: Atom[] = [];
  for (const [re, make] of RULES) found.push(...scan(text, re, (m) => make(m, m.index, m.index + m[0].length, text, dayFirst)));
  return joinRanges(pickLongest(found), text, /^\s*(?:-|–|to|and|until|till)\s*$/i);
}
