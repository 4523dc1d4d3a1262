/**
 * The customer is wrapping up: thanks together with a word that the matter is settled or a
 * decision made ("legend, cheers, that's me sorted", "Lovely, thank you.", "Great, thanks, that's
 * brilliant", 「了解です、では待ってます」, 「じゃあ大丈夫です、ありがとうございました」,
 * 「じゃあ買い替えでお願いします」). A turn that also asks something ("thanks, and what about the
 * refund?") is not a close, and neither is a bare "ok thanks" while the agent checks something.
 */
import { alt, asks, en, firstHit, type Hit, type Match, shape, shapeSet } from './grammar';

const THANKS = alt('thanks(?: (?:so much|a lot|a million|again|for (?:that|this|your help|sorting (?:it|that|this)(?: out)?|the help|everything)))?', 'thank you(?: (?:so much|very much|again|for (?:that|this|your help|sorting (?:it|that|this)(?: out)?|the help|everything)))?', 'cheers', 'ta', 'much appreciated', 'appreciate it');
const SETTLED = alt("(?:that'?s|that is|i'?m|i am|we'?re|we are|all|you'?ve|that'?s me) (?:all )?(?:sorted|done|set|good|fine|great|perfect|brilliant|everything|all i needed|all)", 'all (?:sorted|good|done|set)', 'perfect', 'lovely', 'great', 'brilliant', 'legend', 'amazing', 'excellent', 'wonderful', 'fab(?:ulous)?', 'awesome', 'sorted', 'no worries', 'will do', 'got it', 'that works', 'that helps', 'that helped', '(?:that|it) worked', '(?:it )?works (?:now|fine now)', "(?:it'?s )?working now", 'found it', "that'?s everything", 'all good', 'problem solved', '(?:good)?bye');
/** A goodbye in place of thanks: "Awesome, that's all I needed. Have a good one!" */
const FAREWELL = alt('have a (?:good|great|nice|lovely|fab|wonderful) (?:one|day|evening|weekend|night|afternoon|week)', 'take care', '(?:good)?bye(?: now| for now)?', 'talk (?:soon|later)', 'catch you later', 'all the best');
/** A question, or "one more thing", in the same sentence or after it opens something new. */
const MORE_AFTER = /[?？]|(?:ますか|ですか|でしょうか)|\b(?:also|another|one more|but|however)\b|もう一つ|もうひとつ|それと|あと、|ただ、/;
const opensMore = (m: Match) => asks(m) || MORE_AFTER.test(m.text.slice(m.end));
/** What may follow a closing thanks: a sentence or two of acknowledgement and a name, nothing that opens a matter. */
const SIGN_OFF_ONLY = /^(?:(?!実は|ところで|また|しかし|ですが|のですが|んですが|けど|けれど|困|不具合|壊れ|届かな|届いていな|ください|下さい|教えて|知りたい|お願いでき|いただけ(?:ます|ません)か|ほしい|欲しい|たいです|別件)[^?？]){0,70}$/s;

const SHAPES = shapeSet([
  shape(en(`${SETTLED}(?: now| then)?[,.!]* (?:${THANKS})`), opensMore),
  shape(en(`(?:${THANKS})[,.!]* (?:${SETTLED})`), opensMore),
  // A word or two between them: "Found it, the invite is sent. Thanks!"
  shape(en(`(?:${SETTLED})[,.!]? [^?\n]{1,40}?[,.!] (?:${THANKS})(?=[.!]*$|[.!]* )`), opensMore),
  shape(en(`(?:${SETTLED})[,.!]*(?: [^?\n]{1,40}?[,.!])? (?:${FAREWELL})(?=[.!]*$|[.!]* )`), opensMore),
  // Japanese: a settled acknowledgement and thanks, or a decision that closes the choice.
  shape(`(?:了解(?:です|しました)?|わかりました|分かりました|承知しました|大丈夫です|助かりました|安心しました|解決しました|解決です|できました|直りました|つながりました|繋がりました)[、。!！\\s]*(?:では|じゃあ|それでは|それじゃ)?[^。？?]{0,10}?(?:ありがとう(?:ございます|ございました)?|待って(?:ます|います|おります)|お?待ちして(?:ます|います|おります)|お願いします|よろしく)`, opensMore),
  shape(`(?:では|じゃあ|それでは|それじゃあ?)、?[^。？?\\n]{1,16}?でお願い(?:します|いたします)`, opensMore),
  shape(`(?:ありがとうございました|助かりました)[。!！\\s]*$`, opensMore),
  // Thanks in the closing past form, then only a short sign-off (伝票も届きました。よろしくお願いいたします。),
  // not 「先日はありがとうございました」 opening a new matter.
  shape(`(?<!(?:先日|前回|先ほど|先程|この間|昨日|その節|以前)[^。！!\\n]{0,20})(?:ご丁寧に|ご対応|迅速な(?:ご)?対応|いろいろと|色々と|本当に)?(?:ありがとうございました)[。!！]`, (m) => opensMore(m) || !SIGN_OFF_ONLY.test(m.text.slice(m.end))),
  // It is solved, said last: 「…ダウンロードできました。これで解決です。」
  shape(`(?:これで|無事に?)?(?:解決(?:です|しました|いたしました)|直りました|できました)[。!！\\s]*$`, opensMore),
]);

export function wrapUp(text: string): Hit | null {
  return firstHit(text, SHAPES);
}
