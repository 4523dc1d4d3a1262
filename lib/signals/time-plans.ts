import { EVENT_NOUNS_EN } from './time/en';
import { EVENT_NOUNS_JA } from './time/ja';

/**
 * A customer who tells us about a moment in their own life is telling us a deadline, even with
 * no "need" or "by" in the sentence: "I have my visa appointment on 14 July", "our fitter is
 * booked for 8am tomorrow", 「明後日がお通夜なんです」, 「来週の水曜から入院することになって」,
 * 「日曜日、子どもの発表会で着せる」. What makes it a plan is the sentence's shape, not the time
 * words: an event named beside the moment, a first-person arrangement, or the moment as the
 * subject of a noun sentence (〜が…なんです).
 */
const EVENT_EN = new RegExp(`\\b${EVENT_NOUNS_EN}\\b`, 'i');
/** "we're flying", "I fly to Bali Thursday", "my cleaner is booked", "I'm moving out": a first-person arrangement. */
const ARRANGED_EN =
  /\b(?:I|we|I'm|we're|I've|we've|I'll|we'll|my|our)\b[^.?!\n]{0,50}?\b(?:booked|scheduled|arranged|planned|leaving|flying|travell?ing|moving (?:in|out|house)|getting married|get married|marrying|graduating|retiring|having (?:the|a|our) baby|giving birth|starting|heading off|off to|going (?:to|on|away|up|down)|(?:fly|leave|depart|travel|start|move in|move out|go away|go back|head off|go on holiday)(?=\s+(?:to|for|from|on|at|in|this|next|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|my|our|back)\b)|catching (?:the|a|my|our) (?:train|flight|plane|bus|ferry|coach)|on (?:the|an|my) (?:early|late|night|morning|afternoon|day|double) (?:run|shift|round)|working (?:the )?(?:early|late|night|weekend))\b/i;
/**
 * 〜会/〜式/〜祭 after a noun (発表会, 卒業式, 文化祭), but not the everyday words built the same
 * way that name no event (社会, 照会, 退会, 公式, 方式).
 */
const EVENT_JA = new RegExp(
  `${EVENT_NOUNS_JA}|[\\p{Script=Han}\\p{Script=Katakana}ー]{1,5}(?:(?<![社機都協照入退再司議面教学商国大])会|(?<![正方株形公様書数図格])式|祭)(?![\\p{Script=Han}])`,
  'u',
);
/**
 * Going somewhere or setting off, in the plain non-past the Japanese future is said in (沖縄行くんやけど,
 * 実家に帰るので, 出発します), Kansai and spoken endings included.
 */
export const MOVE_JA = /(?:行く|行きます|いく(?=ん|の|ので|けど)|参(?:る|ります)|出かけ(?:る|ます)|出発(?:する|します|な|で)|帰(?:る|ります)|帰省(?:する|します|な|で)|発(?:つ|ちます)|向か(?:う|います)|泊ま(?:る|ります)|引っ越(?:す|します))(?:ん|の|ので|んで|んです|んやけど|けど|から|予定|つもり|$|[。、！!…])/;
/** 〜ことになって (it has been arranged that), 予定です, つもりです, 沖縄行くんやけど: a plan in Japanese grammar. */
const ARRANGED_JA = new RegExp(`ことに(?:なって|なりまして|なった|なりました|なってる)|予定(?:です|で|なので|なんです|が(?:あ|入))|(?:便|電車|新幹線|飛行機|バス|フェリー|船|夜行)に乗(?:る|ります|らな)|つもり(?:です|なん|で|だ|でいる|でいます)|${MOVE_JA.source}`);
/** People arriving in the customer's life: 6時にはお客さん来はるねん, "my in-laws are arriving on Friday evening". */
const VISITORS_JA = /(?<!(?:御社|そちら|おたく|貴社)の?)(?:お客(?:さん|様|さま)?|客|親|両親|家族|友達|友人|ゲスト|義(?:父|母|両親)|孫|子ども|子供|親戚|娘|息子|夫婦|兄|姉|弟|妹|業者|職人|大工|工務店|検査員|点検の方)(?:さん|さま|様|たち|ら)?(?:が|も|は)?[^。、！？]{0,12}?(?:来(?:る|はる|ます|られ|るん|て(?:くれ|もら))|いらっしゃ|見え(?:る|ます)|泊まりに|遊びに|帰って(?:く|来)|戻って(?:く|来)|帰省)/;
const VISITORS_EN = /\b(?:my|our|the) (?:in-laws|parents|mum|mom|mother|dad|father|family|guests|friends|kids|children|son|daughter|sister|brother|grandparents|grandkids|visitors|relatives|cousins|nan|gran|baby|partner|wife|husband|nephew|niece|aunt|uncle)\b[^.?!\n]{0,20}?\b(?:are|is|will be|'re|'s)? ?(?:arriv(?:es|ing)|com(?:es|ing)(?: home| back| over| to stay)?|visit(?:s|ing)|fl(?:ies|ying) in|land(?:s|ing)|gets in|stay(?:s|ing)|home|back)\b/i;
/** The moment as the topic of a noun sentence: 明後日がお通夜なんです, 金曜は法事なので, 25日が締めになりますので. */
const MOMENT_IS_JA = /^(?:が|は)[^、。！？!?\n]{1,12}?(?:なんです|なんで|なので|でして|です(?:ので|が|けど)|になります(?:ので|から)|になるので)/;

/** Something in their life that starts on the day: "term begins on Monday 5 October", "my new job starts Monday". */
const STARTS_EN = /\b(?:begins|starts|kicks off|gets under way|commences)(?: on| from)?\s*$/i;
/** The same in Japanese, told after the day: 来週の月曜から在宅勤務になるんです, 4月から新しい仕事が始まるので. */
const STARTS_JA = /^から[^。、！？!?\n]{0,10}?(?:になる|になります|になって|が始ま|始ま|スタート|開始)/;
/**
 * The moment as what a thing of theirs is on: "the closing on our house is the 18th", "her
 * christening's on Sunday", "our go-live is Monday" (the thing, a copula, then the day).
 */
const THING_IS_ON_EN = /\b(?:my|our|his|her|their|the)\s+(?:[a-z'-]+\s+){0,4}?[a-z-]+(?:\s+is|\s+are|'s|’s)(?:\s+(?:on|set for|booked for|planned for|scheduled for))?\s*$/i;
/**
 * Someone in their life doing something, in the present progressive English plans the future
 * with: "my broker is submitting our application on Friday", "our accountant's filing the return on
 * the 31st". What we send or do for them ("my order is arriving Friday") is our plan, not theirs.
 */
const OURS = '(?:order|orders|parcel|package|packages|delivery|item|items|refund|payment|card|account|subscription|plan|bill|invoice|booking|ticket|tracking|shipment|replacement|repair|engineer|technician|courier|driver|van|case|claim|return|exchange|money|statement|letter|form|application)';
/** A noun phrase of theirs after `det`, neither headed by nor ending in one of OURS ("my broker", "the home inspector"; not "my order", "the new engineer"). */
const theirs = (det: string) => `\\b(?:${det})\\s+(?!${OURS}\\b)(?:[a-z'-]+\\s+){0,2}?(?![a-z-]+\\s+${OURS}\\b)[a-z-]+`;
const PROGRESSIVE_EN = new RegExp(`${theirs('my|our')}(?:\\s+is|\\s+are|'s|’s|'re|’re)\\s+(?!(?:going|being|getting|arriving|coming|showing|running|expiring|renewing|ending|due|waiting|sitting (?:in|at|on)|stuck|still|saying|working|playing up|acting up)\\b)[a-z]+ing\\b`, 'i');
/** The same in the first person: "we're driving up to Byron on the 27th", "I'm taking the kids to Rome on Friday". */
const PROGRESSIVE_FIRST_EN = /\b(?:i'm|i am|we're|we are|im)\s+(?:(?:all|just|actually|finally)\s+)?(?!(?:going to|gonna|being|getting|waiting|working|still|hoping|trying|looking|calling|ringing|writing|emailing|checking|wondering|asking|struggling|having (?:trouble|issues|problems))\b)[a-z]+ing\b/i;
/**
 * Someone coming into their life on the day, in the simple present a timetable is told in: "the
 * inspector comes Tuesday morning", "the buyers arrive on the 3rd", "our new starter turns up
 * Monday". Those we send ("the engineer comes Tuesday", "the courier arrives Friday") are our plan.
 */
const THEY_ARRIVE_EN = new RegExp(`${theirs('the|my|our|his|her|their')}\\s+(?:comes|arrives|gets in|lands|visits|turns up|shows up|drops by|moves in|starts|is due|flies in|is here|are here|come|arrive|visit)\\b`, 'i');
/** Something of theirs due on the day: "dissertation's due in on Friday", "the report is due Monday" (not what we owe them: "my refund is due"). */
const DUE_EN = new RegExp(`\\b(?!${OURS}\\b)[a-z-]+(?:'s|’s|\\s+is|\\s+are)\\s+due(?:\\s+(?:in|back|out|up))?(?:\\s+(?:on|by|for|at))?\\s*$`, 'i');
/**
 * A third party's plan in the progressive: "he's starting at the new school on Monday", "she's
 * flying out Sunday", and "they" only with someone of theirs after it ("they're discharging Mom
 * Friday"; "they're delivering it Friday" is our plan). What we do for them is not their plan.
 */
const NOT_THEIR_PLAN = '(?!(?:deliver|send|ship|dispatch|post|bring|collect|pick|fit|install|repair|fix|replac|refund|call|ring|email|text|coming|going to|getting|being|arriving|working|waiting|still|saying|looking|trying|having|away|off|out)\\w*\\b)';
const THIRD_PARTY_PLAN_EN = new RegExp(`\\b(?:(?:he's|he is|she's|she is)\\s+(?:(?:just|actually|finally|all)\\s+)?${NOT_THEIR_PLAN}[a-z]+ing|(?:they're|they are)\\s+${NOT_THEIR_PLAN}[a-z]+ing\\s+(?:my|our|his|her|their|the|mom|mum|dad|mother|father|nan|gran|grandma|grandad|him|her|them))\\b`, 'i');
/** The moment as what a thing is on: 式が7日なので, 引き渡しは来週の水曜なんです, 発表会は来週の土曜なんです (the thing, then the day, then a reason). */
const THING_IS_ON_JA = { before: /(?:\p{Script=Han}|\p{Script=Katakana}|ー)(?:\p{Script=Han}|\p{Script=Katakana}|ー|[いきしちみりけえめ](?=\p{Script=Han})){0,6}[いきしちみりけえめ]?(?:が|は)$/u, after: /^(?:なので|なんです|なんで|なの[でよね]|です(?:ので|から|が|けど)|でして|だから|やから|やし)/ };
/** A thing of theirs moved to or set on the moment: 立ち会いが27日の午前に早まりました, 面接が19日に決まりまして. */
const THING_SET_FOR_JA = /^に(?:早まり|繰り上が|前倒しにな|変更にな|決まり|決ま(?:った|って))/;
/** The moment, then what happens on it, as the reason for the message: 来週の水曜に買主さんとの決済で、 */
const MOMENT_FOR_JA = /^に[^、。！？!?\n]{0,12}?(?:\p{Script=Han}|\p{Script=Katakana}|ー){2,}(?:で、|でして|があって|がありまして|があるので|があるんです)/u;

/** Whether the sentence around a future moment tells us about the customer's own plan. */
export function tellsAPlan(sentence: string, afterMention: string, beforeMention = ''): boolean {
  return EVENT_EN.test(sentence) || STARTS_EN.test(beforeMention) || THING_IS_ON_EN.test(beforeMention) || PROGRESSIVE_EN.test(sentence) || PROGRESSIVE_FIRST_EN.test(sentence) || THEY_ARRIVE_EN.test(sentence) || THIRD_PARTY_PLAN_EN.test(sentence) || DUE_EN.test(beforeMention) || ARRANGED_EN.test(sentence) || VISITORS_EN.test(sentence) || EVENT_JA.test(sentence) || ARRANGED_JA.test(sentence) || VISITORS_JA.test(sentence) || MOMENT_IS_JA.test(afterMention) || STARTS_JA.test(afterMention)
    || MOMENT_FOR_JA.test(afterMention) || (THING_IS_ON_JA.before.test(beforeMention) && (THING_IS_ON_JA.after.test(afterMention) || THING_SET_FOR_JA.test(afterMention)));
}

/**
 * Words that point back at a moment said earlier (それまでに, "by then"): 「来週の水曜から入院で
 * して」 then, a turn later, 「それまでに直りますか」.
 */
const BACK_REFERENCE = /それまでに|その前に|それより前に|その日までに|その日に間に合|\b(?:by then|before then|in time for (?:that|it)|before that)\b/i;

export function backReference(text: string): { start: number; end: number } | undefined {
  const m = BACK_REFERENCE.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}
