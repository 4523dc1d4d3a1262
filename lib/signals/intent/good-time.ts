/**
 * The agent checks that now is a good time, or offers or agrees a time to call back. Grammar,
 * English: an interrogative about now (is now a good time, is this a bad time, do you have a few
 * minutes, are you free to talk, have I caught you at a bad time), an offer to call (shall I call
 * you back, would you like me to call you, I can call you back later), asking when (when would be
 * a good time, what time suits you), or a call-back with a time in the same sentence (I'll call
 * you back at 4). The time asked about must be for talking: "is now a good time to upgrade?" and
 * "do you have time to test it tomorrow?" are about the product.
 * Japanese: 今お時間よろしいでしょうか, 少しだけよろしいですか, お話ししても大丈夫ですか (asked), 折り返しお電話いたしましょうか,
 * ご都合のよい時間に折り返しいたします, 何時頃がご都合よろしいでしょうか, and a call-back with a time
 * (15時に改めてお電話いたします). Thanks for the time (お時間をいただきありがとうございます), it taking
 * time (お時間がかかります) and reports (折り返しお電話いたしました) are not.
 */
import { alt, asks, en, firstHit, type Hit, type Match, shape, shapeSet } from './grammar';
import { timeNear } from './time';

const FINE = alt('good', 'ok', 'okay', 'convenient', 'alright', 'all right', 'fine', 'bad', 'right', 'suitable', 'better', 'terrible', 'awkward');
/** Time for talking, not for doing something with the product. */
const FOR_TALK = '(?! to (?!talk|chat|speak|call|ring|phone|reach|catch|go through|run through|discuss))(?! for (?!you|a call|a chat))';
/** "time" or "moment", never the start of a time zone or a delivery slot. */
const TIME_WORD = ' (?:time|moment)(?! ?(?:zone|slot|frame|limit|stamp|table|of))';
const CALL = '(?:call|ring|phone)';
const ADV = '(?: (?:then|also|just|definitely|personally|gladly|happily))*';
const withTime = (m: Match) => asks(m, 'clause') || timeNear(m) === null;

const EN_SHAPES = [
  shape(en(`is now (?:still )?(?:(?:a|an|the) )?${FINE}(?:${TIME_WORD}|(?! (?:time|moment)))(?: for you)?${FOR_TALK}|is (?:this|it) (?:still )?(?:(?:a|an|the) )?${FINE}${TIME_WORD}(?: for you)?${FOR_TALK}`)),
  shape(en(`(?:have|'ve) you got (?:(?:a (?:few |couple of |quick )?|\\d+ |two |five |ten )(?:minutes?|moments?|mins?|secs?|seconds?)|(?:a )?(?:sec|second|minute|moment))(?: (?:now|right now))?${FOR_TALK}|got (?:a )?(?:sec|second|minute|moment)(?=\\s*\\?)`)),
  shape(en(`(?:do|would) you have (?:(?:a (?:few |couple of |quick )?|\\d+ |two |five |ten )(?:minutes?|moments?|mins?|secs?|seconds?)|(?:some |a little |a bit of )?time|a moment|a sec)(?: (?:now|right now|today))?${FOR_TALK}`)),
  shape(en('(?:are you|is it) (?:free|ok|okay|able|alright|all right|good|available|happy) to (?:talk|chat|speak)|are you (?:free|available) (?:now|right now|at the moment)')),
  shape(en('(?:can|could) you (?:talk|speak|chat) (?:now|right now|at the moment|for a (?:minute|moment|bit))')),
  shape(en('(?:have|did) i (?:caught|catch) you at a (?:bad|good|busy|difficult|inconvenient|awkward) (?:time|moment)')),
  shape(en(`(?:shall|should|can|could|may) (?:i|we) ${CALL} you(?: back)?|would you (?:like|prefer)(?: (?:me|us) to| (?:if )?(?:i|we))? ${CALL}(?:ed)? you|would it (?:be )?(?:better|easier|ok|okay|helpful|best) (?:if|for) (?:i|we|me|us) (?:to )?${CALL}`)),
  shape(en(`(?:i|we) (?:can|could|'d be happy to|would be happy to|am happy to|'m happy to|'d be glad to) ${CALL} you(?: back)? (?:later|another time|at|after|when|tomorrow|this|in|once|whenever|if)`)),
  shape(en(`when (?:would|is|will) (?:be )?(?:a )?(?:good|better|convenient|best|the best|suitable)${TIME_WORD}${FOR_TALK}`)),
  shape(en(`what time (?:suits|works|is (?:best|good|convenient)|would (?:suit|work|be (?:best|good|convenient)))(?: for you| you| to ${CALL} you| for (?:me|us) to ${CALL} you)`)),
  shape(en(`(?:let (?:me|us) know|tell (?:me|us)|please suggest) (?:a |the )?(?:good|convenient|suitable|best|better) time(?: to| for (?:me|us) to| for a) (?:${CALL}|talk|chat|speak)`)),
  shape(en(`(?:i|we)(?:'ll| will)${ADV} ${CALL} you(?: back)?`), withTime),
];

const CALLBACK = alt('折り返し(?:の)?(?:お電話|ご連絡)?', '(?:改めて|後ほど|のちほど|こちらから)(?:お電話|ご連絡|おかけ直し|お掛け直し)', 'おかけ直し', 'お掛け直し', 'お電話', 'かけ直し', '掛け直し');
const OFFER = alt('いたしましょうか', 'しましょうか', '差し上げましょうか', 'させていただいても(?:よろしい|大丈夫)', 'させていただけますか', 'いたしても(?:よろしい|大丈夫)', 'しても(?:よろしい|大丈夫)');
const SLOT = '(?:お)?(?:時間|日時|時間帯|タイミング)';
const GOOD = '(?:よい|いい|よろしい)';

const JA_SHAPES = [
  shape(`(?:今|いま|ただいま)?(?:少し|すこし|ちょっと|少々|数分)?(?:お時間|お電話|お話し?)(?:は|を|の方は)?(?:よろしい|大丈夫|問題ない|ございます|いただけ|いただいても|頂戴でき|ありますか|いただくこと)`, (m) => !asks(m)),
  shape(`(?:今|いま)?(?:お話し|お電話|話)(?:して|しても|させていただいても|をしても)(?:よろしい|大丈夫|いい|構わない|かまわない)`, (m) => !asks(m)),
  // 少しだけよろしいですか, 今大丈夫ですか: the time itself asked about, with no noun.
  shape(`(?:(?:今|いま|ただいま)(?:、)?(?:少し|すこし|ちょっと|少々)?|(?:少し|すこし|ちょっと|少々)(?:だけ)?)(?:の間)?(?:、)?(?:よろしい|大丈夫|いい)(?:です|でしょう)?か`),
  shape(`${CALLBACK}(?:を)?${OFFER}`),
  shape(`(?:ご都合の${GOOD}|ご都合に合わせて|ご希望の|ご都合のつく)${SLOT}(?:に|で)?(?:改めて|こちらから)?(?:折り返し|お電話|ご連絡|おかけ直し)`),
  shape(`(?:何時|いつ|何時頃|何時ごろ|どの時間帯|どちらの時間帯?)(?:頃|ごろ)?(?:が|でしたら|なら|であれば|に)(?:ご都合|よろしい|お電話|おかけ|都合)`, (m) => !asks(m)),
  shape(`ご都合の${GOOD}${SLOT}(?:は|を)(?:ございますか|おありですか|教えて|お知らせ|お伺い|伺っ|お聞かせ)`),
  shape(`${CALLBACK}(?:を)?(?:いたします|します|差し上げます|させていただきます)(?!か)`, withTime),
];

const SHAPES = shapeSet([...EN_SHAPES, ...JA_SHAPES]);

export function notAGoodTimeOffer(text: string): Hit | null {
  return firstHit(text, SHAPES);
}
