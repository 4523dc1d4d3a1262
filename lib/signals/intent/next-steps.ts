/**
 * The reply already says what happens next: a declarative future about the customer receiving or
 * needing something (you'll get a text, you should receive it within 3 days, you'll need to
 * return it first), about the company acting (we'll email the label, I'll call you at 4), about
 * a thing or person on its way (the refund will appear, the engineer will arrive), or an explicit
 * "next step". It says it, it does not ask: questions ("will you be home?", "anything else?") and
 * open offers ("let me know if you need anything") are not next steps, and a future that is only
 * hoped for ("I hope you'll get it soon") is not one either.
 * Japanese: a non-past humble or scheduled future of a process noun (お送りします, お届けします,
 * 発送いたします, ご返金となります, お伺いします, 到着予定です), something arriving (メールが届きます), a
 * step the customer will take (ご返送いただくことになります), or 今後の流れ / 次の手順.
 */
import { alt, asks, before, en, firstHit, type Hit, type Match, shape, shapeSet } from './grammar';

const ADV = '(?: (?:then|also|soon|shortly|automatically|next|now|just|probably|usually|normally|only|first|personally|be able to|aim to|try to))*';
const YOU_GET = alt('get', 'receive', 'see', 'hear (?:from|back)', 'be (?:sent|emailed|contacted|called|texted|notified|refunded|credited|able to|asked|charged)', 'have', 'need to', 'want to');
const WE_DO = alt('email', 'e-mail', 'send', 'text', 'call', 'ring', 'ship', 'dispatch', 'deliver', 'post', 'refund', 'credit', 'process', 'arrange', 'book', 'issue', 'contact', 'update', 'notify', 'let you know', 'collect', 'pick', 'replace', 'repair', 'visit', 'follow up', 'get back', 'be in touch', 'check', 'investigate', 'look into', 'reply', 'escalate', 'confirm', 'review', 'cancel');
const THING = alt('engineer', 'technician', 'courier', 'driver', 'refund', 'parcel', 'package', 'order', 'replacement', 'label', 'item', 'delivery', 'team', 'specialist', 'money', 'credit', 'payment', 'invoice', 'email', 'confirmation', 'tracking (?:number|link|details)', 'new [a-z]+', 'return', 'exchange', 'technician', 'call');
const IT_DOES = alt("be(?: [a-z]+ed| with you| back| ready| on (?:its|their) way)?", 'arrive', 'reach', 'come', 'appear', 'show', 'call', 'email', 'text', 'contact', 'visit', 'get', 'go', 'ship', 'leave', 'take', 'land', 'need', 'follow', 'reflect', 'collect', 'pick', 'deliver', 'process', 'send', 'update', 'reply', 'review', 'ring');
/** A hoped-for or conditional future is not a step: "I hope you'll…", "not sure whether you'll…". */
const hoped = (m: Match) => asks(m) || /(?:hope|wish|hopefully|whether|not sure|don'?t know)\b[^,]*$/.test(before(m));

const EN_SHAPES = [
  shape(en(`you(?:'ll| will| are going to|'re going to)${ADV} ${YOU_GET}`), hoped),
  shape(en('you should(?: then| also| soon| shortly)? (?:get|receive|see|hear)'), hoped),
  shape(en(`(?:we|i)(?:'ll| will| are going to|'re going to| shall)${ADV} ${WE_DO}`), hoped),
  shape(en(`(?:the|your|our|an?) ${THING} (?:will|should|'ll)${ADV} ${IT_DOES}`), hoped),
  shape(en("(?:the )?next steps? (?:is|are|will be)|next steps?:|here'?s what (?:happens|will happen) next|what happens next is"), (m) => asks(m)),
  shape(en("(?:once|as soon as) (?:we|you|it|the [a-z]+|this|that|they) [^.?!]{0,60}?(?:you|we|it|they)(?:'ll| will)"), (m) => asks(m)),
  shape(en("(?:you (?:can|should|may|will|'ll)|please) expect"), (m) => asks(m)),
];

const PROCESS = alt('お送り', 'ご連絡', 'お届け', '発送', '配送', 'ご返金', '返金', 'お振込', '振込', 'お振り込み', '交換', '修理', '回収', 'お伺い', '訪問', '手配', 'ご請求', '送付', 'ご送付', 'お知らせ', 'ご報告', '反映', '処理', 'お電話', 'ご案内', '再送', '再発送', 'お引き取り', '引き取り', '集荷', 'お迎え');
const WILL_JA = alt('いたします', 'します', 'させていただきます', '差し上げます', '申し上げます', '予定です', '予定となっております', '予定でございます', 'の予定です', 'となります', 'されます', 'される予定');
const ARRIVES = alt('届きます', '届く予定', '到着します', '到着予定', '届けられます', '反映されます', '完了します', '送られます', '戻ります', '入ります', 'ございます', 'あります', '参ります', 'まいります');
/** Something not happening is not a step: 返金の対象外となります, 交換はできかねます. */
const notAStep = (m: Match) => asks(m) || /対象外|でき(?:ません|かね)|不可|ません/.test(m.text.slice(m.start, m.end));

const JA_SHAPES = [
  shape(`${PROCESS}(?:を|が|は)?${WILL_JA}(?!か)`, notAStep),
  shape(`(?:メール|sms|ショートメール|通知|ご案内|お知らせ|ご連絡|連絡|お電話|荷物|商品|お品物|ご返金|返金|部品|代替品|交換品|確認メール|担当者|作業員|技術者|配達員|ドライバー|エンジニア)(?:が|から)[^。！？!?\\n]{0,16}?${ARRIVES}(?!か)`, notAStep),
  shape(`(?:担当者|スタッフ|作業員|技術者|配達員|ドライバー|エンジニア|配送業者|業者|宅配業者)が[^。！？!?\\n]{0,16}?(?:お)?伺い(?:ます|いたします)|(?:集荷|回収|お引き取り|引き取り|修理|点検|設置|お届け)に(?:お)?伺い(?:ます|いたします)`, notAStep),
  shape(`(?:お届け|発送|到着|配達|返金|交換|修理|訪問|ご返金)(?:は|が)[^。！？!?\\n]{0,16}?(?:予定です|予定となります|予定となっております|見込みです|となります)`, notAStep),
  shape('今後の流れ|次の(?:ステップ|手順)|今後の(?:手順|対応|予定)(?:は|としては|について)|流れとしては|手順としては', (m) => asks(m)),
  shape('(?:して|お手続き|ご返送|ご返品|ご記入|ご連絡)?いただく(?:ことになります|形になります|必要がございます|必要があります)|お願いすることになります', notAStep),
];

const SHAPES = shapeSet([...EN_SHAPES, ...JA_SHAPES]);

export function nextStepsGiven(text: string): Hit | null {
  return firstHit(text, SHAPES);
}
