/**
 * When a spoken or written promise falls due: 「明日の15時までに」, "by 3pm tomorrow",
 * 「30分後に」, "in an hour". Pure and local-time (the agent's clock is the customer's
 * promise clock), so the panel can pre-fill the follow-up and the agent only corrects it.
 * Returns null when the phrase names no time; the caller then picks a default.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Used when the promise names no time: soon enough that it cannot slip through the day. */
export const DEFAULT_FOLLOW_UP_MS = HOUR;

/**
 * Parts of the day map to when to act, the early end of the window: a "tomorrow morning"
 * reminder at noon would already be late.
 */
const PARTS_OF_DAY: [RegExp, number][] = [
  [/正午|お昼|昼まで|\bnoon\b|\bmidday\b/, 12],
  [/午前中|朝|\bmorning\b/, 10],
  [/夕方|\bevening\b/, 17],
  [/今日中|本日中|\bend of (?:the )?(?:day|business)\b|\beod\b|\bcob\b/, 17],
  [/\btonight\b/, 19],
  [/午後|\bafternoon\b/, 15],
];

export function dueFromPromise(text: string, now: Date): number | null {
  const s = text.normalize('NFKC').toLowerCase();
  const relative = relativeMs(s);
  if (relative !== null) return now.getTime() + relative;

  const dayOffset = dayOffsetOf(s);
  const time = clockTime(s) ?? partOfDay(s);
  if (time === null) {
    // "today" alone says nothing more than "soon"; a later day alone means its working morning.
    return dayOffset && dayOffset > 0 ? at(now, dayOffset, 10, 0) : null;
  }
  const due = at(now, dayOffset ?? 0, time.hour, time.minute);
  // "by 3pm" said at 4pm means tomorrow's 3pm.
  return dayOffset === null && due <= now.getTime() ? at(now, 1, time.hour, time.minute) : due;
}

function relativeMs(s: string): number | null {
  const ja = /(\d+)\s*(分|時間)\s*(?:後|以内|ほど後|くらい後)/.exec(s);
  if (ja) return Number(ja[1]) * (ja[2] === '分' ? MINUTE : HOUR);
  if (/\bin half an hour\b/.test(s)) return 30 * MINUTE;
  const en = /\bin (?:the next )?(\d+|an?|one) (minutes?|mins?|hours?|hrs?)\b/.exec(s);
  if (!en) return null;
  const count = /^\d+$/.test(en[1]!) ? Number(en[1]) : 1;
  return count * (en[2]!.startsWith('h') ? HOUR : MINUTE);
}

function dayOffsetOf(s: string): number | null {
  if (/明後日|あさって|\bday after tomorrow\b/.test(s)) return 2;
  if (/明日|あした|あす|\btomorrow\b/.test(s)) return 1;
  if (/今日|本日|\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b/.test(s)) return 0;
  return null;
}

interface ClockTime {
  hour: number;
  minute: number;
}

function clockTime(s: string): ClockTime | null {
  const ja = /(午前|午後)?\s*(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分|(半))?/.exec(s);
  if (ja) return withMeridiem(Number(ja[2]), ja[4] ? 30 : Number(ja[3] ?? 0), ja[1] === '午後' ? 'pm' : ja[1] === '午前' ? 'am' : null);
  const en = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/.exec(s);
  if (en) return withMeridiem(Number(en[1]), Number(en[2] ?? 0), en[3]!.startsWith('p') ? 'pm' : 'am');
  const colon = /\b(\d{1,2}):(\d{2})\b/.exec(s);
  if (colon) return withMeridiem(Number(colon[1]), Number(colon[2]), null);
  const bare = /\b(?:at|by|before)\s+(\d{1,2})\b(?!\s*(?:minutes?|mins?|hours?|hrs?|days?|%|\/))/.exec(s);
  if (bare) return withMeridiem(Number(bare[1]), 0, null);
  return null;
}

/** Without am/pm, "3" in a support promise means the afternoon: nobody promises a call at 3 at night. */
function withMeridiem(hour: number, minute: number, meridiem: 'am' | 'pm' | null): ClockTime | null {
  if (hour > 24 || minute > 59) return null;
  let h = hour % 24;
  if (meridiem === 'pm' && h < 12) h += 12;
  else if (meridiem === 'am' && h === 12) h = 0;
  else if (meridiem === null && h >= 1 && h <= 7) h += 12;
  return { hour: h, minute };
}

function partOfDay(s: string): ClockTime | null {
  const found = PARTS_OF_DAY.find(([pattern]) => pattern.test(s));
  return found ? { hour: found[1], minute: 0 } : null;
}

function at(now: Date, dayOffset: number, hour: number, minute: number): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + dayOffset, hour, minute, 0, 0).getTime();
}
