/**
 * A sentence about what would have been, not what is or will be: "Had you checked the proof,
 * it would have gone out the same day", "if you'd told us, we could have sent it express",
 * 「ご確認いただいていれば、当日中に発送できました」. A time or a fast option named there answers
 * nothing: it is what did not happen. An offer under a condition ("if you need it sooner, we can
 * send it express", 「ご希望であれば本日発送いたします」) is not one: it still offers.
 */
const SENTENCE_END = /[.!?。！？\n]/;

/** English: a perfect modal (would have, could've), an inverted "had you …", "if you had / if you'd", "if only". */
const EN = /\b(?:would|could|might|should)(?:n'?t| not)? (?:have|'ve)\b|\b(?:would|could|might|should)'?ve\b|(?:^|[,;:]\s*)had (?:you|we|they|he|she|i|it|the \w+|your \w+)\b|\bif (?:only|(?:you|we|they|he|she|i|it)(?: had|'d)(?! like| prefer| rather))\b/;
/** Japanese: a condition on something done (ていれば, ていたら, ておけば) whose result is past (できました, 間に合ったのに). */
const JA = /(?:て|で)(?:い|お)(?:れば|たら|けば)[^。！？\n]*?(?:た|でした|ました)(?:のに|の(?:です|でしょう)?(?:が|けど)|ん(?:です)?(?:が|けど)|はず|が|けど|ね|よ)?\s*$|(?:ば|たら)[^。！？\n]*?(?:のに|はずでした|はずです)\s*$/;

function sentenceOf(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text.charAt(to))) to++;
  return text.slice(from, to);
}

/** Whether the sentence holding [start, end) of `text` (lower case) says what would have been. */
export function counterfactual(text: string, at: { start: number; end: number }): boolean {
  const sentence = sentenceOf(text, at.start, at.end);
  return EN.test(sentence) || JA.test(sentence);
}
