/**
 * The customer cannot talk now or is busy. Grammar, English: a first-person subject (I'm, we're,
 * or none at a clause's start: "Driving atm") + adverbs + a state of being elsewhere or occupied
 * (heading into an appointment, at the school gate, in a meeting, driving, busy, in a rush);
 * "I've got a patient in"; I can't talk/speak/take calls; not a good time. A "not" between subject
 * and state breaks the shape, so "I'm not driving" is silent. "Busy with" counts only with people
 * or work as its object ("busy with a project that uses your API" is about the product), and a
 * place followed by a product word (meeting room, store settings) is the product too.
 * Japanese: a state noun (運転中, 会議中, 外出先, 電車の中) followed by a copula or reason (です,
 * なので, のため, で、) or led by 今; can't-talk negatives led by an extent (長くは話せません, 今話せない);
 * 手が離せない; 忙しい (not お忙しい, which is the listener's, not 忙しくない); 後でかけ直します. A state
 * whose subject is someone else (主人が今運転中なので) is theirs, not the customer's.
 */
import { findTimeMentions } from '../time';
import { alt, asks, before, en, firstHit, type Hit, ja, type Match, opens, sentenceAt, shape, shapeSet } from './grammar';

const FIRST = "(?:i'?m|i am|we'?re|we are)";
const ADV = "(?:(?:just|currently|still|now|right now|actually|literally|really|kind of|kinda|a bit|so|already|also|at the moment|sorry|afraid) )*";
/** "When I'm driving the app crashes" or "if I'm in a meeting…" is a habit or a case, not now. */
/**
 * "We're driving down to Margaret River Saturday morning", "I'm at a wedding on the 14th": a state
 * told with a day ahead in its sentence is a plan, not now ("in a meeting until 3" is now).
 */
const AHEAD_WORDS = /\b(?:tonight|this (?:weekend|evening|coming)|next (?:week|month)|(?:at|over) the weekend|in (?:\d+|two|three|a few|a couple of) (?:days|weeks))\b/i;
/**
 * A day the time grammar reads in the clause after the state, from tomorrow on. Only "is it a
 * later day" matters, so it is read against two fixed noons: "on the 14th" is today for one of them.
 */
const NOONS = [Date.UTC(2026, 0, 14, 12), Date.UTC(2026, 6, 3, 12)];
const dayAhead = (clause: string) => AHEAD_WORDS.test(clause) || NOONS.some((noon) =>
  findTimeMentions(clause, 'en', { nowMs: noon, timeZone: 'UTC' }).some((t) => t.kind !== 'asap' && t.interval !== undefined && t.interval.start >= noon + 12 * 3_600_000));
const later = (m: Match) => {
  const { end } = sentenceAt(m.text, m.start);
  return dayAhead(m.text.slice(m.end, end).split(/[,;]|\b(?:so|but|and then|call|ring)\b/)[0] ?? '');
};
const notNow = (m: Match) => /\b(?:when|whenever|if|while|every time|unless|whether)\b[^,]*$/.test(before(m)) || later(m);
/** With no subject, a state must open its clause: "Driving atm", "Sorry, in a meeting". */
const noSubject = (m: Match) => !opens(m, 'clause') || notNow(m);
const ACT = alt('meetings?', 'appointments?', 'call', 'class', 'lecture', 'lesson', 'seminar', 'session', 'shift', 'interview', 'presentation', 'exam', 'surgery', 'clinic', 'consultation', 'school run', 'procedure');
const PLACE = alt('school gates?', '(?:departure |boarding )?gate', 'departure lounge', 'school', 'car', 'train', 'bus', 'tube', 'subway', 'metro', 'taxi', 'cab', 'plane', 'airport', 'station', 'hospital', "doctor'?s", "dentist'?s", 'gp', 'gym', 'shop', 'supermarket', 'queue', 'traffic', 'cinema', 'theatre', 'theater', 'church', 'funeral', 'wedding', 'pharmacy', 'lift', 'elevator', 'checkout');
const DET = '(?:(?:a|an|the|my|our|another|some|this) )?';
/** Product words after a place or activity: the customer is describing the product, not their day. */
const PRODUCT_NEXT = "(?! (?:room|app|tool|link|invite|software|feature|page|mode|settings?|tab|menu|screen|id|number|api|account|dashboard|portal|plan|list|booking|park|ticket|widget|instructor|licen[cs]e|lessons?|test|school|record)s?(?![a-z]))";
const CHILD = '(?:the|my|our) (?:kids|children|son|daughter|little one|baby|boy|girl)';
const STATE = alt(
  `(?:heading|going|walking|stepping|running|rushing|popping|hopping|jumping|about to (?:go|head|step|walk|jump|hop)|off|getting) (?:in|into|in to|to|out to|off to|on|onto) ${DET}(?:${ACT}|${PLACE})`,
  `(?:at|in|on|inside|stuck in|stuck on|out at|sat in|sitting in|sat at|sitting at|stood at|standing at|stood in|standing in|waiting in|waiting at|queuing at|queueing at) ${DET}(?:${ACT}|${PLACE})`,
  'about to (?:board|fly|take off|leave|head out|go out|go in|start (?:work|my shift))',
  '(?:up|on|halfway up) (?:a|the|my) (?:ladder|roof|scaffold(?:ing)?)|driving|boarding|cooking|commuting|travell?ing|on the road|on the move|on the go|out and about|out shopping|out of the house|out (?:at the moment|right now|atm|today)|on (?:my|a) (?:lunch )?break',
  `(?:about to |on my way to |off to )?(?:pick(?:ing)?|collect(?:ing)?|drop(?:ping)?) (?:up |off )?${CHILD}(?: up| off)?`,
  'away from my desk|out of the office|not at my desk|on another call|on the other line|with a (?:patient|client|customer)|with (?:the )?(?:kids|baby|children)',
  'in a (?:hurry|rush)|in the middle of (?:something|sth|things|a \\w+)|(?:a bit |bit |really |very |super |quite |pretty |extremely |rather )?(?:busy|swamped|tied up|snowed under)(?! with (?!(?:the |my |a |some )?(?:kids|children|baby|patients?|clients?|customers?|guests?|work|something)(?![a-z])))',
);
const CANT = "(?:can'?t|cannot|can not|won'?t be able to|am unable to|unable to|not able to|couldn'?t)";
const TALK = '(?:really |properly |actually )?(?:talk|speak|chat|type|text|reply|look at (?:my |the )?(?:phone|screen)|take (?:a |the |your )?calls?|answer (?:the phone|calls?)|stay on (?:the (?:line|phone))?|be on the phone)';
const PEOPLE = '(?:patient|client|customer|visitor|guest|someone|somebody|people|kids?)';

const EN_SHAPES = [
  shape(en(`${FIRST} ${ADV}${STATE}${PRODUCT_NEXT}`), notNow),
  shape(en(`${ADV}${STATE}${PRODUCT_NEXT}`), noSubject),
  shape(en(`(?:i'?ve got|i have got|i have|got) ${DET}${PEOPLE} (?:in|with me|here|waiting|over|round)`)),
  // "can't talk to you now" is busy; "can't speak to anyone about this" or "can't speak English" is not.
  ...[`(?:i|we) (?:really |just |honestly |actually |simply )?`, ''].map((who) =>
    shape(en(`${who}${CANT} ${TALK}(?! (?:to|with) (?!you(?![a-z])))(?! (?:english|japanese|french|spanish|chinese|german|korean))`), who ? undefined : noSubject)),
  shape(en(`(?:(?:it'?s|it is|now'?s|now is|this is) )?(?:not (?:a |the )?(?:good|great|best|convenient|ideal)|(?:a |an )?(?:bad|terrible|awkward|inconvenient)) (?:time|moment)`), (m) => asks(m)),
  ...[`(?:${FIRST} |(?:i|we) )${ADV}`, ''].map((who) =>
    shape(en(`${who}(?:(?:have|need|got) to|gotta|must) (?:go|run|dash|head off|hang up)(?=$|[.!,;]| now| soon| in a (?:minute|sec|bit|moment)| shortly)`), who ? undefined : noSubject)),
  shape(en("(?:i (?:only |just )?(?:have|'ve got|got)|i'?ve only got) (?:about |around |maybe |roughly )?(?:a (?:couple of|few)|a|one|\\d+|two|three|five|ten|fifteen) (?:minutes?|mins?|secs?|seconds?)|(?:i )?(?:don'?t|do not) have (?:much |any )?time (?:to talk|right now|now|at the moment|today)")),
  shape(en(`(?:call|ring|phone) me (?:back )?(?:later|another time|tomorrow|tonight|this evening|after \\w+|in (?:an?|\\d+|half an) (?:hour|min)\\w*)`)),
  // Leaving soon, said as an obligation with a time: "got to do the school run in 5".
  shape(en("(?:(?:i'?ve|i have|i|we'?ve|we) )?(?:got|have|need) to [a-z' ]{2,30}? in (?:\\d+|a|one|two|five|ten|a few|a couple of)(?: (?:mins?|minutes|secs?|seconds|moments?))?(?=$|[.!,;?])")),
  // Asking to go on later: "can we pick this up later?"
  shape(en('(?:can|could|shall) we (?:pick this up|pick it up|continue|carry on|finish (?:this|it)|do this|talk|chat|speak) (?:later|another time|tomorrow|tonight|this evening|after)')),
  // Time pressure: "I'll have to be really quick", "make it quick".
  shape(en("(?:i'?ll|i will|i'?m going to|i'?m gonna) (?:have to|need to) be (?:really |very |super )?(?:quick|brief)|(?:make|keep) (?:it|this) (?:quick|brief|short)")),
  // Something of theirs about to begin: "my meeting starts in ten minutes", "class is about to start".
  shape(en(`(?:my |our |the )?(?:${ACT}|flight|train|bus|shift) (?:starts|begins|is starting|leaves|boards|is about to (?:start|begin|leave)) (?:in (?:\\d+|a|one|two|five|ten|fifteen|twenty|thirty|a few|a couple of) ?(?:mins?|minutes|secs?|seconds|moments?)?|any (?:minute|second|moment) now|soon|shortly)`)),
  shape(en("(?:in|on) (?:between|a break between) (?:meetings|calls|classes|patients|shifts|jobs)|(?:on|during) my (?:lunch |tea |coffee )?break")),
  shape(en("(?:my|the|a) (?:boss|manager|teacher|doctor|patient|client|customer|visitor|guest|delivery|courier|driver|kids?|baby|son|daughter) (?:has |'s )?(?:just )?(?:walked|come|came|arrived|turned up) (?:in|over|home|back)")),
];

const STATE_NOUN = alt('運転', '会議', '打ち合わせ', '打合せ', 'ミーティング', '診察', '診療', '接客', '外出', '移動', '通勤', '仕事', '勤務', '授業', '商談', '来客', '手術', '面接', '出張', '電話', '作業', '取り込み', '取込み', '通院', '子供の送迎', '送迎', '運転', '食事', '昼休み', '休憩');
const PLACE_JA = alt('外出先', '出先', '移動先', '(?:電車|車|バス|タクシー|新幹線|飛行機)(?:の中|内)', '車内', '病院', '駅', '現場');
/** A state named as the reason or the present: です, なので, のため, で、 — not 中に (when something happened). */
const BECAUSE = '(?=です(?!か)|でして|でございま|なので|なもので|なんで|ですので|だから|ですから|のため|につき|なん(?:です|だ)|なの(?!か)|で[、,]|[。！!…]|\\s|$)';
const NOW = '(?:今|いま|ただいま|現在)(?:は|ちょうど|ちょっと)?';
/** Vehicles said alone (今電車なので) count only when led by 今: 電車なので could be how it was sent. */
const VEHICLE = '(?:電車|バス|車|タクシー|新幹線|飛行機)';
const BUSY_JA = alt(ja('忙しい~+'), 'バタバタして', 'ばたばたして', ja('立て込む~+'), '手いっぱい', '手一杯', ja('手がふさがる~+'), ja('手が塞がる~+'));

/** 「仕事が忙しく開けたのが昨日です」 explains a delay: busy then, not now. */
const PAST_ANCHOR = /昨日|先日|先週|先月|当時|その時|あの時|その日|あの日|前回/;
const wasBusy = (m: Match) => {
  const { start, end } = sentenceAt(m.text, m.start);
  return PAST_ANCHOR.test(m.text.slice(start, end));
};

/** 主人が今運転中なので: someone else is busy, and the customer writing for them is not. */
const SOMEONE_ELSE = /(?:主人|夫|妻|家内|嫁|旦那|息子|娘|子ども|子供|母|父|祖母|祖父|上司|担当者?|社長|部長|課長|先生|彼女?|家族|同僚|スタッフ|社員)(?:さん|さま|様)?(?:が|は|も)[^。、！？]{0,6}$/;
const someoneElse = (m: Match) => SOMEONE_ELSE.test(before(m));

const JA_SHAPES = [
  shape(`(?:${NOW})?${STATE_NOUN}中${BECAUSE}|${NOW}${STATE_NOUN}中`),
  shape(`(?:${NOW})?${PLACE_JA}${BECAUSE}|${NOW}${PLACE_JA}(?:に(?:い|お)|で)|${NOW}${VEHICLE}${BECAUSE}`),
  // On the way out: 迎えに行くところなので, 出かけるところです.
  shape(`(?:迎え|送り|買い物|病院)に(?:行く|向かう|行って(?:いる|います))(?:ところ|とこ|途中)|(?:出かける|出る|向かう|家を出る)(?:ところ|とこ|途中)(?=です|で|なので|なんで|だから)`),
  shape(`(?:${NOW})?(?:運転|移動|外出|仕事|会議|作業)(?:している|しています|していて|しておりま|中でして)`),
  shape(`(?:電車|バス|車|タクシー|飛行機|新幹線)に乗っ(?:ている|ています|ていて|ており)`),
  shape(`(?:長く(?:は)?|あまり長く(?:は)?|ゆっくり(?:と)?|${NOW}|すぐ(?:には)?|電話で(?:は)?|大きな声で(?:は)?|ここでは)、?(?:${ja('話せる~-', 'お話しできる~-', '話ができる~-', '電話に出られる~-', '電話できる~-', '出られる~-')})`),
  shape(`(?:${NOW}|ちょっと|あまり)(?:話す|お話しする|電話する)?時間が(?:${ja('ない~')})`),
  // How long they can talk: あと5分くらいしか話せない, 10分しか時間がない.
  shape(`(?:あと)?[0-9０-９一二三五十数]+分(?:間)?(?:くらい|ぐらい|ほど|程度)?しか(?:話せ|お話しでき|電話でき|時間が|い(?:ら)?れ|あり)`),
  shape(ja('手が離せる~-', '手を離せる~-')),
  shape('(?:話せる|話す|話をする|電話できる|お話しできる|電話に出られる|電話に出る)(?:状況|状態|場合|余裕)では(?:ない|ありません|ございません)'),
  // お忙しい and 忙しいところ/中 are the listener's busyness; a question asks about it.
  // 忙しい before a noun describes the noun (忙しい時期), not the customer now.
  shape(`(?<!お)(?:${BUSY_JA})(?!ところ|中|のに|(?:です|でしょう)?か)(?!(?<=い)[\\u3400-\\u9fff])`, wasBusy),
  // Something to do next that cannot wait: これから車で移動しないといけなくて.
  shape(`(?:これから|今から|もうすぐ|このあと|この後)[^。！？!?\\n]{0,15}?(?:しないと|しなければ|なければ|ないと)(?:いけな|なら|まず|だめ|ダメ)`),
  shape(`ゆっくり(?:と)?(?:見られ|見れ|読め|確認でき|お話しでき|話せ)(?:ない|ません|なくて)|手短に(?:お願い|頼|ね|して|て失礼)`),
  // Someone has come in: お客さん入ってきちゃった, 患者さんが来たので.
  shape(`(?:お客(?:さん|様|さま)?|患者(?:さん|様)?|来客|宅配(?:便)?の人|業者(?:さん)?)(?:が)?(?:来|入って(?:き|来)|見え)(?:た|てしまった|てしまいました|ました)`),
  // When they can take a call: 「お電話の場合は17時以降にお願いできますか」, 「電話は夕方なら出られます」.
  shape(`(?:お電話|お電話で|電話|ご連絡)(?:の場合|いただく場合|をいただく場合|をいただけるなら)?は[^。！？\n]{0,12}?(?:以降|以後|過ぎ|なら|でしたら|であれば)(?:に)?(?:お願い|して|いただけ|ください|出られ|大丈夫)`),
  // Out of reach by phone for a stretch that includes now: 今週は出張のため、日中はお電話に出られません.
  shape(`(?:お?電話|携帯)に(?:は)?(?:出られ|出れ|出ることができ)(?:ません|ない|なくて|ず|かねます)(?!(?:の)?(?:時|とき|場合|と|なら|ことが|方))|(?:連絡|電話)が(?:つき|つながり|繋がり)にく(?:い|く)`, wasBusy),
  // Written in a gap: 「会議の合間に書いております」, 「仕事の合間なので」.
  shape(`(?:会議|打ち合わせ|仕事|授業|診察|移動|休憩)の合間(?:に|で|なので|なんで)`),
  shape(`(?:後で|あとで|後ほど|のちほど)(?:こちらから)?(?:${ja('かけ直す~', 'かけなおす~', '掛け直す~', '電話する~', '折り返す~')})`),
];

/** Every Japanese state is refused when someone else is its subject (夫は今運転中で手が離せないので). */
const SHAPES = shapeSet([...EN_SHAPES, ...JA_SHAPES.map((s) => ({ ...s, refuse: (m: Match) => someoneElse(m) || (s.refuse?.(m) ?? false) }))]);

export function busyOrUnavailable(text: string): Hit | null {
  return firstHit(text, SHAPES);
}

/**
 * The customer is free now, after being busy: "all done for the day now so I've got time",
 * "I'm out of the meeting now", 今はもう終わったので大丈夫です, 今なら話せます. Said in the latest turn,
 * it closes a busy turn before it (or earlier in the same turn).
 */
const FREE_SHAPES = shapeSet([
  shape(en("(?:i'?ve|i have|i'?ve now|now i'?ve) got (?:(?:some|plenty of|more) )?time(?: now| to (?:talk|chat|sort|go through|do)| for (?:this|it|you))|(?:i'?m|i am) (?:free|done|finished|back|home|out of (?:the|my) (?:meeting|class|appointment)|off the (?:road|train|bus|phone)|parked(?: up)?)(?: now| at last| finally)(?![a-z])|all (?:done|finished|over) (?:for the day )?now|(?:can|happy to|free to|able to) (?:talk|chat|speak) now|now(?:'s| is) (?:fine|good|ok|okay|perfect)|(?:free|good to go) now\\b|\\b(?:home|back at (?:my|the) desk) now\\b"), (m) => asks(m)),
  shape(`(?:今|いま)(?:は|なら|でしたら)?(?:もう)?(?:大丈夫|話せ|お話しでき|電話でき|時間(?:が|は)?(?:あり|ある|取れ))|(?:終わった|終わりました|落ち着いた|落ち着きました|着いた|着きました|戻りました|戻った)(?:ので|から|んで)[^。！？]{0,6}?(?:大丈夫|話せ|お話しでき)`, (m) => asks(m)),
]);

export function freeNow(text: string): Hit | null {
  return firstHit(text, FREE_SHAPES);
}
