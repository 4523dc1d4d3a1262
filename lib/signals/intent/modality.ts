/**
 * Sentences that say something other than what is or will be for this customer: what would
 * have been (counterfactual), and what generally happens (generic). A time or a fast option named
 * in either commits to nothing.
 */

import { clauseAt, sentenceAt } from './grammar';

/** The sentence holding `at`, without the spaces around it or its closing mark. */
const sentenceOf = (text: string, at: { start: number }) => {
  const { start, end } = sentenceAt(text, at.start);
  return text.slice(start, end).trim().replace(/[.!?。！？]+$/, '');
};

/*
 * A sentence about what would have been, not what is or will be: "Had you checked the proof,
 * it would have gone out the same day", "if you'd told us, we could have sent it express",
 * 「ご確認いただいていれば、当日中に発送できました」. A time or a fast option named there answers
 * nothing: it is what did not happen. An offer under a condition ("if you need it sooner, we can
 * send it express", 「ご希望であれば本日発送いたします」) is not one: it still offers.
 */

/** English: a perfect modal (would have, could've), an inverted "had you …", "if you had / if you'd", "if only". */
const EN = /\b(?:would|could|might|should)(?:n'?t| not)? (?:have|'ve)\b|\b(?:would|could|might|should)'?ve\b|(?:^|[,;:]\s*)had (?:you|we|they|he|she|i|it|the \w+|your \w+)\b|\bif (?:only|(?:you|we|they|he|she|i|it)(?: had|'d)(?! like| prefer| rather))\b/i;
/** Japanese: a condition on something done (ていれば, ていたら, ておけば) whose result is past (できました, 間に合ったのに). */
const JA = /(?:て|で)(?:い|お)(?:れば|たら|けば)[^。！？\n]*?(?:た|でした|ました)(?:のに|の(?:です|でしょう)?(?:が|けど)|ん(?:です)?(?:が|けど)|はず|が|けど|ね|よ)?\s*$|(?:ば|たら)[^。！？\n]*?(?:のに|はずでした|はずです)\s*$/;

/** Whether the sentence holding [start, end) of `text` says what would have been. */
export function counterfactual(text: string, at: { start: number; end: number }): boolean {
  const sentence = sentenceOf(text, at);
  return EN.test(sentence) || JA.test(sentence);
}

/**
 * A sentence about what generally happens, not about this customer's case: a habit ("we draw
 * blood from 7:30 every weekday", "it usually takes 2 days") or a policy quoted for everyone
 * ("orders placed before 2pm ship the same day", 「平日14時までにいただいたご注文は、当日中に発送しております」).
 */
const GENERIC_EN = /\b(?:usually|normally|typically|generally|always|whenever|what (?:usually |normally )?happens (?:when|if|is)|as (?:a )?(?:rule|standard)|in most cases|on weekdays|every (?:day|weekday|week|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|each (?:day|week)|(?:any|all) (?:orders?|parcels?|requests?|bookings?)|(?:orders?|parcels?|requests?|items?|bookings?|applications?) (?:placed|made|received|submitted|booked|paid|confirmed) (?:before|by|after|on|within))\b/i;
const GENERIC_JA = /通常|普段|基本的に|原則(?:として)?|一般的に|いつも|毎(?:日|週|朝|晩|回)|平日(?:は|の|\d)|(?:いただいた|頂いた|承った|受け付けた|いただきました|頂きました)(?:ご注文|ご依頼|お申し込み|お申込み)(?:は|につきましては|に関しては)/;

/** Whether the sentence holding [start, end) of `text` says what generally happens. */
export function generic(text: string, at: { start: number; end: number }): boolean {
  const sentence = sentenceOf(text, at);
  return GENERIC_EN.test(sentence) || GENERIC_JA.test(sentence);
}

/**
 * "Today" as when we did something, not when it will reach them: "I've sent your request to our
 * team today", 「本日発送いたしました」. Sending it express is still the fast way taken; only the
 * same-day words are read this way, and "booked you in for today" or "it arrives today" still commit.
 */
const SAME_DAY = /^(?:today|this morning|this afternoon|本日|今日)/i;
const DONE_EN = /\b(?:i've|we've|i have|we have|it's been|it has been|has been|have been|was|were|(?:i|we) (?:just |already )?(?:[a-z]+ed|sent|put|made|got|gave|took|set|spoke|wrote))\b/i;
const STILL_AHEAD_EN = /\b(?:arriv\w*|deliver\w*|reach\w*|be with you|get to you|will|'ll|going to|due)\b/i;
const DONE_JA = /^[^。、！？\n]{0,15}?(?:いたしました|致しました|しました|済み|済です|完了(?:しました|いたしました))/;
function toldAsDone(text: string, at: { start: number; end: number }): boolean {
  if (!SAME_DAY.test(text.slice(at.start, at.end))) return false;
  if (/^[本今]日/.test(text.slice(at.start, at.end))) return DONE_JA.test(text.slice(at.end));
  const { start, end } = clauseAt(text, at.start);
  const clause = text.slice(start, end);
  return DONE_EN.test(clause) && !STILL_AHEAD_EN.test(clause) && !/\b(?:for|by|until|till|from)\s+$/i.test(text.slice(start, at.start));
}

/** Neither what would have been nor what generally happens nor when we did it: a sentence that can commit to this customer. */
export const committing = (text: string, at: { start: number; end: number }) => !counterfactual(text, at) && !generic(text, at) && !toldAsDone(text, at);
