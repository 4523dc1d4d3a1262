/**
 * The agent explains: a sentence that states a reason, a cause, a policy or what happened,
 * whatever its words ("The artwork that went to print was the file from last autumn",
 * 配送中に箱が重ねて積まれると、袋に力がかかることがございます). A sentence is read by what it does
 * rather than by a list of reason words: a greeting, thanks, the agent introducing themself, an
 * apology, a question, a request, an offer or promise, a sign-off and empathy are not
 * explanations; a statement left after those is one. "Apologise first" weighs the first apology
 * against the first such sentence.
 *
 * Read one sentence at a time (a draft is heard sentence by sentence); a whole text is split
 * here, and the first explaining sentence is the answer.
 */
import { sentences, type Hit } from './grammar';

/** "Hi Sophie," "Dear Mr Reed," "Good morning!" — dropped before the rest of the sentence is read. */
const EN_GREETING = /^(?:(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,30}[,!.]?\s*)/i;
const EN_NOT = [
  // Thanks, apology, empathy.
  /^(?:(?:and |so |but )?(?:many |huge |big )?thanks?\b|thank you|cheers\b|ta\b|much appreciated|(?:i |we )?(?:really )?appreciate)/i,
  /\b(?:sorry|apologi[sz]e|apologies|apology)\b/i,
  /^(?:i|we) (?:completely |totally |fully |really |can )?(?:understand|see|imagine|hear|know|get) (?:how|why|that|what|this|it|you)\b/i,
  /^(?:that|this) (?:sounds|must (?:be|have been)|is (?:really )?(?:frustrating|annoying|not (?:ok|okay|good|right|acceptable)))\b/i,
  // Who is writing: "I'm Kwame from the members team", "Priya here", "this is Sam".
  /^(?:[Ii]'?m|[Ii] am|[Mm]y name is|[Tt]his is|[Ii]t'?s) [A-Z][a-z]+\b(?! (?:not|no|unable|afraid)\b)/,
  /^[A-Z][a-z]+ (?:here|from|at|with) /,
  // Asking, requesting, offering, promising, acting.
  /\?\s*["')\]]*$/,
  /^(?:please|kindly|could|can|would|will|do|does|did|are|is|have|has|if|when you|once you|just|let me|let'?s|feel free|shall|may i|may we)\b/i,
  /^(?:i|we)(?:'ll|'d| will| would| shall| can| could| am going to|'m going to| are going to|'re going to| have (?:just )?(?:gone|arranged|booked|sent|issued|raised|logged|passed|escalated|refunded|credited|cancelled|added|updated|changed|processed|put|set|asked|made|checked|looked|flagged|reported|requested|emailed|called|reordered|replaced)|'ve (?:just )?(?:gone|arranged|booked|sent|issued|raised|logged|passed|escalated|refunded|credited|cancelled|added|updated|changed|processed|put|set|asked|made|checked|looked|flagged|reported|requested|emailed|called|reordered|replaced)|(?:'m| am) (?:just |now )?(?:checking|looking|pulling|sending|arranging|booking|raising|passing|happy|glad|here))\b/i,
  // Sign-offs and closings.
  /^(?:kind |best |warm )?regards\b|^(?:best|thanks again|take care|speak soon|all the best|have a (?:good|great|lovely|nice)\b)/i,
];

/** Japanese sentence endings of a statement: です・ます・ございます and their past and negative forms. */
const JA_STATEMENT = /(?:です|でした|ます|ました|ません|ございます|ございました|おります|おりました|なります|なりました|だ|だった|である)(?:ので|ため|が|ね|よ)?[。！!]*$/;
const JA_NOT = [
  /申し訳|お詫び|おわび|すみません(?!が)|ごめんなさい|失礼いたしました/,
  /ありがと|感謝|お世話になって|お世話になります|こんにちは|こんばんは|おはようございます|恐れ入ります(?:[。！]|$)/,
  // Who is writing: 担当の佐々木です, やまびこアウトドアのマリアです (a name: kanji with 々, or katakana), not 明日の予定です.
  /と申します|(?:の|担当の?|、)(?!予定|見込み|状態|状況|仕様|扱い|対象|範囲|通り|限り|ため|場合|方針|規定|模様|都合|関係|影響|問題|理由|原因)(?:[\u3005\u4e00-\u9fff]{1,4}|[\u30a1-\u30fa\u30fc]{2,8})(?:\s?(?:[\u3005\u4e00-\u9fff]{1,3}|[\u30a1-\u30fa\u30fc]{2,8}))?(?:でございます|です)[。！!]*$/,
  // Empathy: 驚かれたことと存じます, ご不安な思いをさせてしまいましたね, 大変でしたね.
  /(?:ことと(?:存じ|思い)ます|ことでしょう|(?:大変|お困り|ご不便|ご不安|ご心配|残念)(?:でした|です)(?:よ)?ね|お察し(?:いた)?します)[。！!]*$|思いをさせて|お気持ち(?:は|、)?(?:よく)?(?:分|わ)かります/,
  /(?:かしこまりました|承知(?:いた)?しました|承りました|了解(?:いた)?しました|かしこまりです)/,
  /(?:ください|下さい|いただけ(?:ます|ません)か|いただけますでしょうか|でしょうか|ませんか|ますか|ですか|か)[。！？?]*$/,
  /(?:いたします|いたしますね|させていただきます|させていただきますね|いたしましょうか|しますね|しましょう|参ります|まいります|お待ちしております|お待ちください)[。！!]*$/,
  /(?:確認|お調べ|手配|お手配|ご連絡|ご案内|対応)(?:いたし|し)(?:ます|ました)/,
];

/** How many characters of an English sentence a greeting takes before what explains, or -1 when it does not explain. */
function explainsEn(sentence: string): number {
  const greeting = EN_GREETING.exec(sentence)?.[0].length ?? 0;
  const rest = sentence.slice(greeting);
  if (rest.split(/\s+/).length < 4) return -1;
  return EN_NOT.some((re) => re.test(rest)) ? -1 : greeting;
}

function explainsJa(sentence: string): boolean {
  const s = sentence.trim();
  if (s.length < 8 || !JA_STATEMENT.test(s)) return false;
  return !JA_NOT.some((re) => re.test(s));
}

const JAPANESE = /[\u3041-\u30ff\u3400-\u9fff]/;

/** The first sentence that explains, as the writer wrote it. */
export function explains(text: string): Hit | null {
  for (const { start, end } of sentences(text)) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    if (!sentence) continue;
    const skip = JAPANESE.test(sentence) ? (explainsJa(sentence) ? 0 : -1) : explainsEn(sentence);
    if (skip >= 0) return { phrase: sentence.slice(skip), start: start + lead + skip, end: start + lead + sentence.length };
  }
  return null;
}
