/**
 * The agent says who takes it over and when: a handover the customer can hold them to. Who: the
 * agent passing it on (I'll pass this to…, I've escalated it, 上長に申し伝えます, 引き継ぎます) or
 * someone named as taking it up (my supervisor will call you, 責任者よりご連絡いたします). When:
 * a time in the same sentence (by 3 pm today, tomorrow morning, 本日17時までに, 明日の午前中);
 * see ./time.ts; or passing it on now (I'm handing this over right now, ただいま申し伝えます). "My manager will get back to you" with no time is not yet a handover: the
 * customer still does not know when. A question ("shall I pass this to my manager?") is an offer,
 * not a handover.
 */
import { alt, asks, en, firstMatch, hitIn, prepare, sentences as sentencesOf, shape, shapeSet, type Hit } from './grammar';
import { timeIn, timeNear } from './time';

const SENIOR = alt('supervisor', 'manager', 'team ?lead(?:er)?', 'line manager', 'duty manager', 'senior colleague', 'senior adviser', 'senior advisor', 'specialist', 'boss', 'director', 'owner', 'head of [a-z]+', '[a-z]+ (?:team|department)');
const PASS = alt('pass', 'hand', 'escalate', 'forward', 'refer', 'transfer', 'send', 'raise', 'take', 'bring', 'flag', 'put', 'give');
const WHO_EN = [
  shape(en(`(?:i'?ll|i will|i'?m going to|i am going to|i'?m|i am|i'?ve|i have|we'?ll|we will|we'?re|we are|we'?ve|we have|let me)(?: now| just| personally| already)? (?:${PASS}(?:ed|red|ing)?|handed|passed|escalated|forwarded|referred|transferred|sent|raised|flagged)\\b[^.?!\\n]{0,40}?\\b(?:to|with|up|over|on)\\b`), (m) => asks(m, 'clause')),
  shape(en(`(?:my|a|our|the) ${SENIOR} (?:[a-z]+ ){0,3}?(?:will|'ll|is going to|are going to|can|is (?:calling|ringing|emailing|contacting))\\b`), (m) => asks(m, 'clause')),
  shape(en('(?:escalated|handed (?:it|this) over|passed (?:it|this) (?:on|up))'), (m) => asks(m, 'clause')),
];
const WHO_JA = [
  shape('(?:上長|上司|責任者|上の者|担当部署|専門部署|専門の担当者?|店長|マネージャー|担当者|リーダー|[\\p{Script=Han}]{0,4}(?:課長|部長|係長|主任|室長|所長|支配人))(?:の[^。、\\n]{1,6})?(?:に|へ|から|より|が)', (m) => asks(m, 'clause')),
  shape('引き継(?:ぎ|い)|申し伝え|エスカレーション|(?:確認|相談)(?:の上|して|いたして|させていただ)', (m) => asks(m, 'clause')),
];
const WHO = shapeSet([...WHO_EN, ...WHO_JA]);
/** Putting the customer through happens now, so it needs no time: 責任者の桜井に代わります, I'm transferring you to my manager. */
const THROUGH = shapeSet([
  shape(en("(?:i'?m|i am|i'?ll|i will|let me)(?: now| just)? (?:put(?:ting)? you through|transferr?(?:ing)? you|connect(?:ing)? you|get(?:ting)? (?:my|a|the) (?:supervisor|manager|team ?lead(?:er)?) (?:on|to))"), (m) => asks(m, 'clause')),
  shape('(?:に|へ)(?:代わ|替わ|かわ)(?:ります|りますので|らせていただきます)|(?:に|へ)(?:おつなぎ|お繋ぎ|転送)(?:いたします|します|しますので)', (m) => asks(m, 'clause')),
]);

/** Passing it on right now is a when too: the customer is not left waiting on an unknown day. */
const NOW = /(?<![a-z])(?:right now|now|straight away|right away|immediately|as we speak|this minute)(?![a-z])|ただいま|只今|今すぐ|すぐに|すぐ|この後すぐ|直ちに|早急に/;

/** A sentence that says nobody is there to take it (責任者が退勤しておりまして、代われる者がおりません, "there's no manager on today") names no handover. */
const NOBODY = /(?:者|人|方|上司|責任者|上長)(?:が|は|も)(?:誰も)?(?:おりません|いません|いない|ございません|不在|退勤|帰宅)|\b(?:no ?one|nobody|no-one|no (?:manager|supervisor|one senior))\b[^.?!\n]{0,30}\b(?:on|in|here|available|around|working|about)\b/i;

/** The first sentence that says who takes it over and names a time. */
export function handover(text: string): Hit | null {
  const sentences = sentencesOf(text).map(({ start, end }) => ({ text: text.slice(start, end), at: start })).filter((s) => s.text.trim() !== '');
  for (let i = 0; i < sentences.length; i++) {
    const { text: sentence, at } = sentences[i]!;
    const through = firstMatch(sentence, THROUGH);
    const who = through ?? firstMatch(sentence, WHO);
    if (!who || NOBODY.test(sentence)) continue;
    // The when may follow in the next sentence: 「田辺が引き継ぎます。明日の正午までにご連絡いたします。」
    const next = sentences[i + 1]?.text;
    const when = through || timeNear(who) || NOW.test(who.text) || (next !== undefined && timeIn(next));
    if (!when) continue;
    const hit = hitIn(prepare(sentence), who.start, who.end);
    return { phrase: hit.phrase, start: hit.start + at, end: hit.end + at };
  }
  return null;
}
