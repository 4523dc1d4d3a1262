/**
 * Two readings about the day itself, for the deadline a failed visit leaves behind:
 *
 * - sameDay: a turn that places a visit or a delivery, waited in for or booked, on this very day
 *   ("I was home all day", "the engineer was due at two o'clock", 「今日来てもらう予定だった」). With a
 *   failure in the same turn, the customer's day has been spent waiting, and the next slot is what
 *   they need; a wrong item that "came today" is not one.
 * - namesWhen: a sentence of the agent that commits to a when: a future day or time together with
 *   what will happen then ("it's booked for 8 to 12 tomorrow", 「明日の午前中に伺います」), not a
 *   habit or a policy ("we deliver every weekday", 「通常1〜2日で」).
 */
import { sentences, type Hit } from './grammar';
import { generic } from './modality';
import { timeIn } from './time';

const SAME_DAY = /\b(?:today|this (?:morning|afternoon|evening)|all (?:day|morning|afternoon)|since (?:this morning|lunch(?:time)?|\d{1,2}(?::\d{2})? ?(?:am|pm)?)|at (?:\d{1,2}(?::\d{2})? ?(?:am|pm|o'?clock)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'?clock)|between \d{1,2}(?::\d{2})? ?(?:am|pm)? and \d{1,2})\b|今日|本日|今朝|朝から|午前中|午後\s*\d|\d{1,2}\s*時(?:から|頃|ごろ|に|の間|まで)/i;
const PAST_PLACED = /\b(?:was|were|had|did|didn't|never|been|came|waited|said|showed|got|left|tried|attempted|missed)\b|ました|でした|った|んだ|てた|てい(?:た|まし)|ません(?:でした)?/;

/** Waiting in for it, or what was booked to happen: the day was the customer's, spent on it. */
const WAITED = /\b(?:(?:been|was|were|stayed|i'?m|i am|we'?re) (?:in|home|at home|in all)|waited|waiting|took (?:the|a) day off|stayed in|in all (?:day|afternoon|morning))\b|待って|待ってい|家にい|在宅|休んで|休みを取/i;
const BOOKED = /\b(?:(?:was|were) (?:supposed|meant|due|booked|scheduled)|appointment|attempted|attempt|engineer|technician|fitter|installer|driver|courier)\b|予定だった|予定でした|予定で|工事|訪問|来てもらう|来ていただく|伺う|お伺い|配達|お届け予定|立ち会/i;

export function sameDay(text: string): boolean {
  return SAME_DAY.test(text) && PAST_PLACED.test(text) && (WAITED.test(text) || BOOKED.test(text));
}

const WHAT_THEN = /\b(?:booked|re-?booked|scheduled|arranged|reserved|will|'ll|(?:is|are|'s) (?:coming|due|out for delivery)|be with you|be there)\b|予約|手配|伺い|お伺い|お届け|訪問|確保|お送り|発送いたします|いたします|予定です|参ります/i;

export function namesWhen(text: string): Hit | null {
  for (const at of sentences(text)) {
    const sentence = text.slice(at.start, at.end);
    if (!timeIn(sentence) || !WHAT_THEN.test(sentence) || generic(text, at)) continue;
    const phrase = sentence.trim();
    const start = at.start + sentence.indexOf(phrase);
    return { phrase, start, end: start + phrase.length };
  }
  return null;
}
