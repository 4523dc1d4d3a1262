/**
 * The agent promises to do something later: call back, email, send, check and come back.
 * Grammar, English: a first-person future (I'll, we will, I'm going to, let me) or a colleague
 * who will, + adverbs, + optionally one verb joined by "and" (chase this and…), + a follow-up
 * aimed at the customer: call/email/update YOU, call back, send you / send it to you, let you
 * know, keep you posted, get back to you, or agent-side work (chase, look into, investigate).
 * The addressee is what tells the agent's promise from the customer's: "I'll send the photo"
 * sends nothing to anyone on the line and stays quiet; "we'll send a replacement" (the company
 * as subject) counts. Past reports ("I called you back earlier") and offers that ask ("shall I
 * call you back?", "would you like me to…") are not promises: an offer binds nobody until it is
 * agreed; notAGoodTimeOffer hears those.
 * Japanese: a humble or お/ご-prefixed future of a follow-up noun (ご連絡いたします, お送りします,
 * お電話差し上げます, 折り返します), or a deferral (後ほど, 確認でき次第, 改めて) + a follow-up verb.
 * Looking something up or explaining is done on the line (お調べいたします, ご説明いたします) unless deferred
 * (改めてご説明いたします).
 * Past (差し上げました), questions (いたしましょうか), requests (ご連絡ください) and negatives stay quiet.
 * `hasTime` says whether the same sentence names a time (本日17時までに, by 5pm today, after lunch).
 */
import { alt, asks, en, firstMatch, type Hit, hitIn, prepare, shape, shapeSet } from './grammar';
import { timeNear } from './time';

export interface PromiseHit extends Hit {
  /** A time is named in the same sentence; `time` is where. */
  hasTime: boolean;
  time?: Hit;
}

const I_WILL = "(?:i'?ll|i will|i shall|we'?ll|we will|we shall|i'?m going to|i am going to|we'?re going to|we are going to|let me|let us|i promise to|i'?ll be sure to|i will be sure to|i'?ll make sure to|i will make sure to)";
const OTHERS_WILL = "(?:(?:someone|somebody|a colleague|(?:our|the|an?|my) (?:team|engineer|technician|specialist|colleague|manager|supervisor|department|courier|driver)) will|(?:he|she|they)(?:'ll| will))";
const WE_WILL = "(?:we'?ll|we will|we are going to|we'?re going to|our team will)";
const ADV = '(?: (?:personally|also|then|definitely|certainly|just|quickly|gladly|happily|now|first|right away|immediately|try to|try and|aim to|be sure to|make sure to|go ahead and|look to|endeavou?r to|need to|have to|of course|absolutely|straight away|be able to|get))*';
/** Something done first: "check and", "have a look and", "forward this to our team and then". */
const FIRST_VERB = "(?: [a-z']+(?: [a-z']+){0,8},? (?:and|then|and then))?";
const TO_YOU = alt(
  '(?:call|ring|phone|email|e-mail|text|message|contact|update|ping|notify|inform|refund|reply to|write to|get back to|come back to|circle back to|reach out to|follow up with|be in touch with) you(?: back)?',
  '(?:call|ring|phone) (?:you )?back',
  'give you a (?:ring|call|bell|buzz|shout)',
  '(?:send|forward|email|post|mail|text|pass|give|get|drop) (?:you|(?:it|this|that|them|the [a-z]+|a [a-z]+|an [a-z]+|your [a-z]+)(?: [a-z]+)? (?:over |across )?to you)',
  'let you know|keep you (?:posted|updated|informed|in the loop)|follow (?:this )?up|be in touch',
  '(?:forward|pass) (?:this|it) (?:on )?to (?:our|the|my)|chase (?:this|it|that|them|him|her|the [a-z]+|your [a-z]+)|chase up|look into (?:this|it|that|your [a-z]+)|investigate|escalate (?:this|it)|raise (?:this|it) with|check with (?:the|our)|check on (?:this|that|it|your)|speak (?:to|with) (?:the|our)|ask (?:the|our)',
);
const COMPANY_DOES = '(?:send|ship|dispatch|post|courier|arrange|issue|process|refund|credit|replace|book|organi[sz]e|collect|repair)';
const notAsked = (m: Parameters<typeof asks>[0]) => asks(m, 'clause');

const EN_SHAPES = [
  shape(en(`(?:${I_WILL}|${OTHERS_WILL})${ADV}${FIRST_VERB} ${TO_YOU}`), notAsked),
  shape(en(`${WE_WILL}${ADV} ${COMPANY_DOES}`), notAsked),
];

/** Follow-up nouns that carry お/ご: with します they are already the agent's humble voice. */
const FOLLOW_UP = '(?:ご連絡|お電話|ご報告|ご回答|ご返信|ご返答|お知らせ|お送り|ご送付|お届け|お返事)';
const PLAIN = '(?:連絡|電話|報告|回答|返信|メール|折り返し|送付|確認の上ご連絡)';
const HUMBLE = '(?:いたします|差し上げます|させていただきます|申し上げます)';
const DEFER = '(?:後ほど|のちほど|改めて|追って|明日|本日中|今日中|確認(?:でき|し)次第|わかり次第|判明(?:し)?次第|届き次第|確認(?:して|いたして|の上|し)、?)';
const NOT_ASKED = '(?!か|でしょうか)';

const JA_SHAPES = [
  shape(`${FOLLOW_UP}(?:を)?(?:${HUMBLE}|します)${NOT_ASKED}`),
  shape(`${PLAIN}(?:を)?${HUMBLE}${NOT_ASKED}`),
  shape(`折り?返します${NOT_ASKED}`),
  shape(`${DEFER}[^。！？!?\\n]{0,16}?(?:ご案内|連絡|電話|メール|送付|返信|お返事|説明|お調べ)(?:を)?(?:${HUMBLE}|します)${NOT_ASKED}|${DEFER}[^。！？!?\\n]{0,16}?(?:お)?送ります${NOT_ASKED}`),
];

const SHAPES = shapeSet([...EN_SHAPES, ...JA_SHAPES]);

export function promise(text: string): PromiseHit | null {
  const m = firstMatch(text, SHAPES);
  if (!m) return null;
  const p = prepare(text);
  const t = timeNear(m);
  return { ...hitIn(p, m.start, m.end), hasTime: t !== null, ...(t ? { time: hitIn(p, t.start, t.end) } : {}) };
}
