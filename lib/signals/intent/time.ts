/**
 * Whether a promise or a call-back offer names a time the customer can hold the agent to: a clock
 * time, a day, a part of a day, a span (within the hour, 1時間以内). Vague words (soon, shortly,
 * later, 後ほど, 折り返し) are not times; neither is a condition (確認でき次第, once I hear back).
 * Kanji numerals (十七時) are not read here: lib/signals/time parses those for deadlines.
 */
import { alt, en, prepare, sentenceAt, type Match } from './grammar';

const DAY = alt('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tues?', 'wed', 'thurs?', 'fri');
const UNIT = "(?:hours?|hrs?|minutes?|mins?|days?|working days?|business days?|weeks?)";
const EN_TIME = en(
  `(?:(?:by|at|before|after|around|from|until|till|no later than) )?${alt(
    "\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm|a\\.m\\.|p\\.m\\.|o'?clock)",
    '\\d{1,2}:\\d{2}',
    '(?<=(?:at|by|around|after|before|from|until|till) )\\d{1,2}(?![:./%\\d])',
    'noon|midday|midnight|lunch(?:time)?|close of business|cob|eod|end of (?:the )?(?:day|week|month)',
    'today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next week|first thing|in the (?:morning|afternoon|evening)',
    `(?:on |next |this )?${DAY}(?:day)?`,
    `(?:within|in) (?:the next |the |an? |half an |\\d+ |a few |a couple of |one |two |three |24 |48 )?${UNIT}`,
  )}`,
);
const JA_DAY = '(?:本日|今日|明日|あす|あした|明後日|今晩|今夜|今夕|今週|来週|週明け|[月火水木金土日]曜(?:日)?|\\d{1,2}月\\d{1,2}日|\\d{1,2}日|\\d{1,2}/\\d{1,2})(?:の)?';
const JA_PART = '(?:午前|午後|夕方|正午|お昼|昼過ぎ|昼前|朝一|朝いち|朝|夜)(?:中)?';
const JA_CLOCK = '\\d{1,2}(?:時|:\\d{2})(?:\\d{1,2}分|半)?';
/** A day, then a part of it, then a clock time, each optional but one present: 本日17時までに, 明日の午前中. */
const JA_TIME = `(?:${JA_DAY}(?:${JA_PART})?(?:${JA_CLOCK})?|${JA_PART}(?:${JA_CLOCK})?|${JA_CLOCK}|\\d+(?:分|時間|日|営業日)(?:後|以内|ほど|程度|で))(?:まで(?:に)?|頃|ごろ|以降|以内|中)?`;
const TIME = new RegExp(`${EN_TIME}|${JA_TIME}`, 'g');

/** The first time named in the sentence around a match, in normalised offsets. */
export function timeNear(m: Match): { start: number; end: number } | null {
  const { start, end } = sentenceAt(m.text, m.start);
  TIME.lastIndex = start;
  const t = TIME.exec(m.text);
  return t && t.index < end ? { start: t.index, end: t.index + t[0].length } : null;
}

/** Whether a sentence names a time at all (its first time, in the normalised text). */
export function timeIn(sentence: string): boolean {
  TIME.lastIndex = 0;
  return TIME.test(prepare(sentence).text);
}
