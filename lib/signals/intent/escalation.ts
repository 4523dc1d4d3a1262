/**
 * The customer asks for someone senior or someone else. Grammar: a request (can I speak to, put me
 * through to, I want, get me, is there, let me talk to, escalate this) + a target (a manager, your
 * supervisor, someone with actual authority, whoever runs this, someone else). The target never
 * takes "my" or "our": "my manager asked me to order this" and "I am the manager of our store"
 * are about the customer's own side, and a copula ("I am the manager") is not a request.
 * Questions are asks here ("Is there a manager I can speak to?"); a negated request ("I don't
 * need to speak to a manager", 上司は出さなくていい) is not.
 * Japanese: a target (上司, 責任者, 役職の方, 上の者, もっとわかる方, 別の担当者) + を/に/と + a request
 * (お願いします/できますか, 出して/出せ, 代わって, つないで, 呼んで, と話をさせて, はいますか).
 */
import { alt, en, firstHit, type Hit, type Match, opens, shape, shapeSet } from './grammar';

const DET = "(?:(?:your|a|the|an|another|some|someone'?s|the actual|a real|an actual) )?";
/** A role that names a product feature: "a manager account", "supervisor mode". */
const NOT_A_FEATURE = "(?! (?:account|app|role|login|permissions?|dashboard|view|access|level|portal|mode|settings?|page|user|tool|seat|licen[cs]e)s?(?![a-z]))";
const SENIOR = alt('manager', 'supervisor', 'boss', 'superior', 'team ?lead(?:er)?', 'line manager', 'director', 'ceo', 'owner', 'person in charge', 'higher-?ups?', 'human', 'real person', 'higher (?:authority|authorities|level|management)', 'complaints? (?:department|team|manager|officer)', '(?:branch|store|shop|department|area|regional|site|office|centre|center) (?:head|manager|director|lead)', 'customer relations(?: team| department)?', 'head office', 'management', 'gaffer', "guv'?nor", 'head honcho', 'top dog', 'big boss', 'organ grinder', 'head of (?:department|customer service|support|the department)', 'senior (?:agent|person|member of staff|colleague|staff|manager)', "senior(?! (?:citizen|discount|rate|railcard|pass|price|ticket|fare|member)s?(?![a-z]))");
/** "anyone else who had this" asks about other customers, not for a colleague. */
const ELSE = "else(?! (?:who|that) (?:had|has|have|got|is|was|were|experienc|report|see|saw))";
const QUALIFIER = alt(ELSE, 'more senior', 'senior', 'higher up', 'in charge', 'above you', 'over you', 'competent', 'more experienced', 'with (?:actual |real |more |some |the )?(?:authority|power)', "(?:with|who has|who's got|that has) (?:a (?:bit|lot|little|tad) |a little bit |(?:much|far|way) )?more [a-z]+", '(?:who|that) (?:actually |really )?(?:knows|understands|can (?:actually |really )?help|has (?:the |some )?authority|can make decisions|knows what they are doing)', '(?:who|that) (?:actually |really )?(?:signs?|approves?|authori[sz]es?|decides?|makes? (?:the )?decisions?|can (?:actually |really )?(?:sign|approve|authori[sz]e|decide|change|override|overrule|(?:make|take) (?:that|the|this|a|these) (?:call|decision)s?))');
const TARGET = alt(
  `${DET}${SENIOR}s?${NOT_A_FEATURE}`,
  `(?:someone|somebody|anyone|anybody|a person|a colleague|a different (?:person|agent)) ${QUALIFIER}`,
  'whoever (?:runs|is in charge of|manages|owns|is responsible for|is above you)(?: (?:this|it|things|the (?:place|company|department|team|show)))?',
  // "whoever actually signs these quotes off", "whoever can approve it"
  'whoever (?:actually |really )?(?:signs|approves|authori[sz]es|decides|makes (?:the )?decisions|can (?:actually |really )?(?:sign|approve|decide|change|authori[sz]e|override))',
);
const ASK = alt(
  '(?:can|could|may) i (?:please )?(?:speak|talk|chat|deal) (?:to|with)',
  "(?:i'?d|i would) (?:rather|prefer to) (?:speak|talk|deal|chat) (?:to|with)",
  "(?:let me |i (?:want|need|wish|demand|would like|'d like|insist on|ask) (?:to )?|i'?d like to |please (?:let me )?)(?:speak|talk|be put through|be transferred|be connected|escalate this)(?: (?:to|with))?",
  '(?:put|transfer|pass|connect|get|bring|fetch|give) me(?: through| over| on| in touch)?(?: to| onto| with)?',
  "(?:i (?:want|need|demand|would like)|i'?d like|is there|are there|can i (?:have|get)|could i (?:have|get)|can you (?:get|find|put me through to|transfer me to)|where is|i'?m asking for|let me have)",
);
const ESCALATE = "(?:please |can you |could you |would you |i want you to |i'?d like you to |you need to |i need you to |i'?m asking you to )escalate(?: (?:this|it|my (?:case|complaint|issue|ticket|problem)|the (?:case|complaint|issue|ticket|matter)))?";

/** "Manager, please." and "Escalate this." are requests only as a sentence of their own. */
const notOpening = (m: Match) => !opens(m, 'sentence');

const EN_SHAPES = [
  shape(en(`${ASK} ${TARGET}`)),
  shape(en(`(?:${TARGET})[,.!]? please`), notOpening),
  shape(en(ESCALATE)),
  shape(en(`(?:get|bring|fetch|put) ${TARGET} (?:on the (?:phone|line)|on|here|over|in)|who(?:'s| is) (?:your|the) (?:${SENIOR})(?: here)?\\?`)),
  shape(en('escalate (?:this|it|my \\w+)'), notOpening),
  shape(en("(?:want|need|like|get) (?:this|it|my (?:case|complaint|issue|ticket)) escalated")),
  // Handing it up: "forward this to whoever you report to", "looked at by a manager".
  shape(en("(?:forward|pass|send|refer|take|give) (?:this|it|my (?:case|complaint|email|letter|issue)) (?:on |up )?to (?:whoever|someone|somebody|anyone) (?:you report to|above you|more senior|senior|in charge|higher up|who can)")),
  shape(en(`(?:looked at|reviewed|dealt with|handled|checked|decided|resolved|settled|taken up|sorted(?: out)?|signed off|picked up) by ${TARGET}`)),
  // "Kindly forward this matter to your higher authority."
  shape(en(`(?:want|need|like|would like) (?:this|it|my (?:complaint|case|email|claim)) (?:sent|forwarded|passed|escalated|referred|taken) (?:on |up )?to ${DET}(?:${SENIOR})s?${NOT_A_FEATURE}`)),
  shape(en(`(?:forward|pass|send|refer|escalate|take|raise|bring) (?:this|it|my|the) (?:[a-z']+ ){0,3}(?:up )?to ${DET}(?:${SENIOR})s?${NOT_A_FEATURE}`)),
  // Sending it up: "pass this up the line", "kick it upstairs", "take it higher".
  shape(en('(?:pass|send|push|kick|take|bump|move|escalate) (?:this|it|my (?:case|complaint|claim|request|issue)|the (?:case|complaint|claim|matter)) (?:up(?: the (?:line|chain|ladder))?|higher(?: up)?|upstairs|further)(?![a-z])'), (m) => /\b(?:don'?t|do not|no need to|won'?t)\b[^.?!]*$/.test(m.text.slice(Math.max(0, m.start - 30), m.start))),
  // "I want to speak to the person responsible": asking for someone other than the agent.
  shape(en("i (?:want|need|would like|'d like|demand|insist) to (?:speak|talk) (?:to|with) (?:the|your|a|an|someone|somebody|anyone)(?![a-z])"), (m) => /^ (?:same|one i|person i|agent i|lady i|guy i|man i|woman i|one who|person who (?:i|helped|called|rang))\b/.test(m.text.slice(m.end, m.end + 24))),
  // "Is there anyone there who can actually make a decision?"
  shape(en("(?:anyone|anybody|someone|somebody) (?:there |else |at all |over you |above you |higher up )?(?:who|that) (?:can|could|is able to) (?:actually |really |finally )?(?:make (?:a|the|any) decisions?|decide|authori[sz]e (?:this|it)|sign (?:this|it) off|do something)")),
  // "the person responsible", "your manager" heard after a request verb anywhere in the sentence.
  shape(en(`(?:speak|talk|speaking|talking) (?:to|with)\\b[^.?!]{0,40}?(?:the person responsible|the person in charge|your (?:manager|supervisor|boss))`)),
];

const HONORIFIC = '(?:の方|の人|さん|様|さま)?';
/** A person noun (方, 人, 者) ends the word: 別の方法 or 上の者達 is something else. */
const PERSON = '(?:方|人|者|もの)(?![\\u3400-\\u9fff])';
const TARGET_JA = alt(
  `(?:上司|上長|上席|責任者|管理者|役職者|上役|店長|支店長|社長|部長|課長|係長|室長|所長|センター長|マネージャー?|スーパーバイザー|リーダー|ベテラン)${HONORIFIC}`,
  `(?:本部|本社|お客様相談室|相談窓口|苦情(?:の)?窓口)(?:の(?:方|人|者|担当者?))?(?:で|の)?(?:[\\p{Script=Han}]{1,6}(?:の)?できる${PERSON})?`,
  `(?:上の|役職の|責任(?:の)?ある(?:立場の)?|偉い|えらい)${PERSON}`,
  // 決裁できる方, 判断のできる人: whoever can do what the agent cannot.
  `[\\p{Script=Han}]{1,6}(?:の)?できる${PERSON}`,
  `(?:もっと|もう少し|きちんと|ちゃんと|詳しく)?(?:偉え|偉い|えらい)?[、,]?(?:ちゃんと|きちんと)?(?:わかる|わかっている|詳しい|話のわかる|話の通じる|話が通じる|権限のある|権限がある|決められる|判断できる|対応できる)${PERSON}`,
  `(?:別|他|ほか)の(?:${PERSON}|担当者?(?:の方)?|オペレーター)`,
);
/** Request forms: te-forms of asking verbs, imperatives, たい, and asking whether they exist. */
const REQUEST_JA = alt(
  'お願い(?:します|いたします|できます|できません|したい|したく|でき(?:ない|る)でしょうか)',
  '(?:出し|だし|代わっ|替わっ|変わっ|かわっ|回し|つなげ)て|(?:呼ん|つない|繋い)で',
  '出せ|だせ|呼べ|代われ|かわれ|出してこい|呼んでこい',
  '話(?:を)?(?:させて|したい|がしたい|できます|できません|せます|せません)|お話(?:し)?(?:させて|したい|できます|がしたい)',
  '(?:連絡|電話|説明|対応)(?:して|させて|をください|してもらえ|していただけ)',
  'はいますか|はいませんか|はいらっしゃいますか|はいらっしゃいませんか|はいないの|いないの|いませんか|いらっしゃいませんか|いますか|いらっしゃいますか|います[？?]',
);
/** "…て" followed by a negation of the request: 出してくれなくていい, 呼ばなくて結構. */
const NOT_NEEDED = '(?!(?:くれ|もらわ|いただか)?な(?:くて|いで)|は(?:結構|不要))';

const JA_SHAPES = [
  // さ is に in northern speech: ちゃんと決められる人さ代わってけろ.
  shape(`${TARGET_JA}(?:を|に|と|から|は|さ|、)?(?:直接|一度|すぐ(?:に)?|ちょっと|今すぐ)?(?:${REQUEST_JA})${NOT_NEEDED}`),
  // Taken up the line: 支店長さんとかに話を通してもらえませんか, 上の方に掛け合っていただけますか.
  shape(`${TARGET_JA}(?:とか|など|まで)?(?:に|へ)(?:直接|一度)?(?:話を通して|掛け合って|かけあって|相談して|確認して|上げて|あげて)(?:もら|いただ|くれ|ください|ほしい)`),
  shape(`(?:担当(?:者|の方)?|オペレーター|人)を(?:変え|替え|代え|かえ)て(?:ください|ほしい|もらえ|いただけ)?`),
  shape('エスカレ(?:ーション|ート)?(?:して|をお願い|してください|してもらえ|していただけ)'),
];

const SHAPES = shapeSet([...EN_SHAPES, ...JA_SHAPES]);

export function escalationAsk(text: string): Hit | null {
  return firstHit(text, SHAPES);
}
