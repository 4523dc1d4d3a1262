import { parseTime } from '../conversation/normalize';
import { committing } from './intent/modality';
import { findTimeMentions, type TimeMention } from './time';
import { EVENT_NOUNS_JA } from './time/ja';
import { hear } from './hearing';
import { turnAffect } from './heat';
import { read } from './reader';
import { backReference, MOVE_JA, tellsAPlan } from './time-plans';
import { evidence, type Evidence, type SignalContext, type SignalKind, type TextView } from './types';

/** A customer's need tied to a time: a limit, a moment they need it, or urgency without a date. */
export interface TimeNeed {
  turnIndex: number;
  mention: TimeMention;
  evidence: Evidence;
  /** A later agent turn already named the day or time it falls on (restated the date). */
  answered?: boolean;
}

export interface TimeNeeds {
  /** Every need the customer stated, oldest first. */
  needs: TimeNeed[];
  latest?: TimeNeed;
}

declare module './types' {
  interface SignalValues {
    timeNeeds: TimeNeeds;
  }
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/**
 * A moment ("on Thursday", 「明日」) is a need only when the sentence asks for something or says
 * what it is for; "I ordered on Monday" and 「昨日届きました」 are not.
 */
const NEED = /\b(need|needs|needed|want|wanted|would love|would like|'d love|'d like|beforehand|before then|must|have to|got to|gotta|please|could you|can you|would you|will it|would it|should arrive|in time|by|before|until|no later|asap|urgent|hoping|hope to|arrive|deliver|ship|send)\b|ほしい|欲しい|たい(?:ん|の|です|と|けど|が|。|$)|たくて|必要|間に合|までに|お願い|いただけ|できます|使いたい|使う|届け|届く|発送|送って|頂け|ください|下さい|急ぎ|至急/i;
const PAST = /\b(ordered|bought|purchased|paid|called|rang|emailed|wrote|sent|received|arrived|came|(?<!'ve |have )got(?! to)|was|were|happened|yesterday|last)\b|\b(?:it'?s|has|have|'ve) (?:done|been|had|happened|gone|stopped|crashed|failed)\b|しました|した$|でした|昨日|先日|先週/i;
/**
 * A regular past after its subject ("I cancelled my order on Monday", "we returned it on the 3rd"),
 * but not a need or a plan told in the past ("we needed it by Friday", "I booked it for Saturday").
 */
const REGULAR_PAST = /\b(?:i|we|they|he|she|my (?:husband|wife|partner|son|daughter|mum|mom|dad))\s+(?:(?:just|already|also|then|only|first|finally)\s+)?(?![a-z]*eed\b)(?!(?:need|want|hop|plan|expect|intend|arrang|schedul|book|wish|ask|request|promis|decid|confirm|reserv|pencill?|sign)ed\b)[a-z]{2,}ed\b/i;
const pastClause = (clause: string) => (PAST.test(clause) || REGULAR_PAST.test(clause)) && !DECIDED.test(clause);

/**
 * The clause a time sits in, for telling a past moment from a need: "I fly to Bali Thursday
 * morning and the adaptors I ordered still haven't come" is a trip ahead, whatever the other
 * clause says. A clause that is little more than the time ("On Monday, I ordered…") takes the
 * next one with it.
 */
const CLAUSE_BREAK = /[,、;；:]|\s(?:and|but|so|because)\s|けど|けれど|ので|のに/g;
function clauseOfMention(text: string, start: number, end: number): string {
  const sentence = sentenceBounds(text, start, end);
  const breaks = [...text.slice(sentence.from, sentence.to).matchAll(CLAUSE_BREAK)].map((b) => ({ at: sentence.from + b.index, to: sentence.from + b.index + b[0].length }));
  const from = breaks.filter((b) => b.to <= start).at(-1)?.to ?? sentence.from;
  const after = breaks.filter((b) => b.at >= end);
  let to = after[0]?.at ?? sentence.to;
  if (text.slice(from, to).replace(text.slice(start, end), '').replace(/\W/g, '').length < 4) to = after[1]?.at ?? sentence.to;
  return text.slice(from, to);
}

/** Where the sentence around a mention starts and ends. */
function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  const after = text.slice(end).search(/[.!?。！？\n]/);
  return { from: text.slice(0, start).search(/[^.!?。！？\n]*$/), to: after === -1 ? text.length : end + after };
}

function sentenceAround(text: string, start: number, end: number): string {
  const { from, to } = sentenceBounds(text, start, end);
  return text.slice(from, to);
}

/**
 * Words around a time that make it something other than the customer's own need: what someone
 * said or a policy says (she said she'd send it straight away, 7日以内とのこと), a habit or a
 * symptom (usually around 2am, 毎朝), a value being changed (change the day to Saturday,
 * 水曜日から金曜日に変え), a slot chosen from those offered (13日の午前でお願いします), and a past
 * event told in passing (4月25日に注文した自転車).
 */
const REPORTED_BEFORE = /\b(?:said|says|told me|promised|was told|were told|it says|they said|you said|according to)\b[^.?!]{0,50}$/i;
const REPORTED_AFTER = /^(?:と|って)(?:の(?:こと|事)|書いて|聞いて|言われ|記載|案内|あり|なって|表示|出て)/;
/** A rule or what someone said, quoted as a whole: 「15日までに申し出ないと翌月分がかかる、というのも分かっています」. */
const QUOTED_LATER = /^[^。！？!?\n]{0,30}?という(?:の|こと|規約|ルール|決まり|話|説明|案内|条件|お知らせ)/;
const HABIT_BEFORE = /\b(?:usually|normally|always|often|sometimes|every|most|each)\b[^.?!]{0,20}$|(?:毎|いつも)[^。、]{0,4}$/i;
const CHANGE_BEFORE = /\b(?:change|changed|changing|move|moved|moving|switch|swap|update|reschedule|rebook|push|bring)\b[^.?!]{0,40}\b(?:to|from)\s*(?:a |the |this |next )?$/i;
const CHANGE_AFTER = /^(?:から[^。！？\n]{0,12}?)?(?:に|へ)(?:変更(?!にな)|変え|かえ|ずらし|移し|振り替え|振替)/;
const CHOSEN_AFTER = /^(?:の[^、。]{1,4})?(?:で(?:お願い|大丈夫|いい|良い|結構|構いません|問題)|が(?:いい|良い)(?:です)?[。!！]?$)|^\s*(?:works|would work|is fine|suits me|is good for me)\b/i;
const PAST_AFTER = /^(?:に|の)?(?:(?!くて|ので|けど|けれど)[^、。！？!?\n]){0,20}?(?:した|しました|された|されました|った|いた|(?<![すくぐむぶつぬうる])んだ|来た|きた|てた|でた|てました)(?![らりまいくだ])/;
/** 先月末, 前回, 昨年: the words before the mention put it in the past. */
const PAST_BEFORE = /(?:先|前|昨|去|last |previous )$/i;
/** A time the customer is free, offered when asked (16時以降なら, "Saturday morning's fine"): an answer, not a need. */
const AVAILABLE_AFTER = /^(?:以降|以後|以外|から)?(?:なら|でしたら|だったら|であれば|でも大丈夫|でも構)|^(?:'s|\s+is|\s+would be|[.,!]\s*|\s*-\s*)?\s*(?:perfect|fine|great|good|ok|okay|lovely|spot on)\b/i;
/**
 * "After five", 「17時以降」: the earliest a time may be (when to call, when someone is home), a
 * preference the busy and good-time signals hear, never a limit to make. (「月曜から大阪に出る」 is
 * a plan's start, and stays a need.)
 */
const AFTER_BEFORE = /\b(?:after|not before|any ?time after)\s*$/i;
const AFTER_AFTER = /^(?:以降|以後|過ぎ|すぎ|より後)|^\s*(?:onwards|or later|or after)\b/i;
/** What time a place opens or closes, asked as information ("what time are you open on Monday?", 土曜は営業していますか). */
const OPENING = /\b(?:open|opens|opening|close|closes|closing|shut|(?:your|the|store|shop|opening|business) hours)\b(?![^.?!]{0,40}\b(?:need|have to|must|before my|in time)\b)|営業(?:時間|日|して|しています|していますか)|開いて(?:い)?(?:ます|る)|開店|閉店|何時まで(?:やって|開いて)/i;
/** Habits: 水曜はパートで留守のことが多くて, "most weeks". */
const HABIT_SENTENCE = /ことが多|ことがあ|毎週|毎回|毎朝|毎晩|いつも|\b(?:usually|normally|most (?:days|weeks|nights|mornings)|every (?:day|week|night|morning))\b/i;

/** "No rush", 急ぎません, "have a good weekend": a day without a need. */
const NO_NEED = /\b(?:no rush|no hurry|not urgent|not your problem|nothing to do with (?:you|this|that)|whenever|any time|anytime|have a (?:good|great|nice|lovely)|enjoy (?:the|your))\b|急ぎません|急ぎではない|急ぎではありません|急ぎちゃう|急ぎやない|急ぎじゃない|急がへん|急がない|ゆっくりで(?:ええ|いい|大丈夫|構いません)|いつでも|よい週末|良い週末/i;

/** Further ahead than this, a day is not a deadline to confirm in this conversation. */
const FAR_OFF_MS = 120 * 24 * 3_600_000;

/**
 * How long someone is away ("she's away in Dubai for work till Sunday", 「夫が日曜まで出張で」) is
 * the length of an absence, not a limit for us to make.
 */
const AWAY_UNTIL_BEFORE = /\b(?:away|off work|out of (?:the )?(?:office|country|town)|abroad|overseas|on (?:holiday|vacation|leave|a trip|tour|nights)|in hospital|travell?ing|visiting [a-z]+)\b[^.?!;\n]{0,30}$/i;
const AWAY_UNTIL_AFTER_JA = /^(?:は|の間は?)?(?:出張|旅行|入院|不在|留守|帰省|海外|実家)/;
const awayUntil = (m: TimeMention, before: string, after: string) =>
  (/^(?:till|until|til)\b/i.test(m.phrase) && AWAY_UNTIL_BEFORE.test(before)) || (/まで$/.test(m.phrase) && AWAY_UNTIL_AFTER_JA.test(after));

function notANeed(text: string, m: TimeMention): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 24);
  if (awayUntil(m, before, after)) return true;
  if (REPORTED_BEFORE.test(before) || REPORTED_AFTER.test(after) || QUOTED_LATER.test(text.slice(m.end, m.end + 40)) || HABIT_BEFORE.test(before)) return true;
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after) || CHOSEN_AFTER.test(after) || AVAILABLE_AFTER.test(after)) return true;
  if (AFTER_BEFORE.test(before) || AFTER_AFTER.test(after)) return true;
  if (m.kind !== 'at') return false;
  const sentence = sentenceAround(text, m.start, m.end);
  // Asked about: the sentence (which leaves out its own question mark) ends in one, or is a question by its words.
  const asked = /^[^.!。！\n]*[?？]/.test(text.slice(m.end, m.end + 80)) || /[?？]|\b(?:what time|when)\b|ますか|ですか/.test(sentence);
  if (asked && OPENING.test(sentence)) return true;
  return (PAST_AFTER.test(after) && !DECIDED_AFTER.test(text.slice(m.end, m.end + 40))) || PAST_BEFORE.test(before) || HABIT_SENTENCE.test(sentence);
}

/**
 * A past verb that announces what lies ahead: it was decided, it is now the plan
 * (通夜を執り行うことになりました, 面接が19日に決まりました, 立ち会いが27日に早まりました).
 */
const DECIDED = /ことに(?:なりました|なった|なって|決まり)|に決まり(?:ました)?|に決まった|と決まり|予定に(?:なりました|なった)|に(?:早まり|早まっ|繰り上が|前倒しにな|変更にな|延期にな|延び)/;
const DECIDED_AFTER = new RegExp(`^[^、。！？!?\\n]{0,30}?(?:${DECIDED.source})`);

/**
 * A plan told in passing is a need, unless it is why the customer cannot talk now (終日打ち合わせ:
 * the busy signal's business), when they are free (夕方以降になる, "from 3 onwards"), or the turn
 * asks to move the booking itself.
 */
/** 「6時から通夜」: what begins then is an event, not the customer's free time. */
const STARTS_AN_EVENT = new RegExp(`^から(?:の)?(?:${EVENT_NOUNS_JA}|[\\p{Script=Han}\\p{Script=Katakana}ー]{0,4}(?:会|式|祭))|^から[^。、！？!?\\n]{0,10}?(?:になる|になります|になって|が始ま|始ま|スタート|開始)`, 'u');
const FREE_AFTER = /^(?:以降|以後|から|\s*(?:onwards|on))/;
const MOVE_IT = /\b(?:be moved|move (?:it|the|my|this)|reschedul\w*|rebook\w*|postpone\w*|push (?:it|this) back|bring (?:it|this) forward)\b|変更(?!にな)|キャンセル|ずらし|延期|日程を変/i;
const OTHER_CHANGE_JA = /(?:数量|個数|内容|住所|色|サイズ|宛名|名義|プラン|支払い?方法|金額|仕様|メールアドレス|電話番号|[0-9０-９]+個)[^。！？\n]{0,15}?変更/g;
function planned(text: string, sentence: string, m: TimeMention, refMs: number, busy: () => boolean): boolean {
  // A period the customer is already in (今週は終日打ち合わせ) frames their week; a plan lies ahead.
  if (!m.interval || m.interval.start <= refMs) return false;
  const after = text.slice(m.end, m.end + 16);
  // 「夕方から空いてます」 is when they are free; 「金曜から沖縄行く」 is when the trip starts.
  const free = FREE_AFTER.test(after) && !MOVE_JA.test(text.slice(m.end, m.end + 30)) && !STARTS_AN_EVENT.test(after);
  // Moving the booking itself, anywhere in the turn; changing something else (数量を120個に変更したい) is not moving it.
  if (free || MOVE_IT.test(text.replace(OTHER_CHANGE_JA, '')) || busy()) return false;
  return tellsAPlan(sentence, after, text.slice(Math.max(0, m.start - 40), m.start));
}

/**
 * Something the customer lives on is running out ("down to my last four needles", "two days of
 * tablets left", 「薬があと3日分しかない」): a need with no date, as urgent as "asap".
 */
const RUNNING_OUT = /\b(?:down to (?:my|our|the) (?:last|final)|(?:i|we)(?:'ve| have)? only (?:got )?(?:\d+|one|two|three|four|five|a few|a couple of) (?:left|days?|doses?|tablets?|pills?|nappies|needles?)|(?:\d+|one|two|three|four|five|a few|a couple of) (?:days?|doses?|weeks?)(?:'|’)? (?:worth )?(?:of [a-z ]{1,25} )?left\b|(?:is|are|'s|'re) (?:about to |going to )?run(?:ning)? out (?:tomorrow|today|tonight|on|by|this|soon|in)|only enough (?:for|to last) )|(?:あと|残り)[0-9０-９一二三四五六七八九十数]+(?:日|回|錠|本|袋|枚)分?(?:しか|くらいしか|ほどしか)(?:ない|ありません|残って)|(?:もう|これが)?最後の(?:一|1|１|ひと)(?:組|箱|本|枚|袋|個|錠|つ|パック|セット|回分)(?:なん|です|で|しか)|\b(?:on|down to|using) (?:my|our) (?:very )?last (?:pair|box|pack|packet|bottle|tube|one|roll|cartridge|dose|tablet)s?\b/i;

function mentionsIn(view: TextView, refMs: number, timeZone: string): TimeMention[] {
  const { text } = view;
  const found: TimeMention[] = [];
  const out = RUNNING_OUT.exec(text);
  if (out) found.push({ phrase: out[0], start: out.index, end: out.index + out[0].length, kind: 'asap' });
  // The busy hearing (grammar, then the reader), read once for the turn and shared with the
  // rules that hear it, and only if a mention asks.
  const busy = () => hear('busy', view) !== null;
  // The reader's answer to "does this message need something by a time?", for plans and needs
  // no grammar rule has a shape for ("we're off to my sister's in Leeds on Sunday with it").
  let needTurn: boolean | undefined;
  const readsAsNeed = () => (needTurn ??= read('need', text).yes);
  for (const m of allMentions(text, refMs, timeZone)) {
    if (found.some((f) => f.start < m.end && m.start < f.end)) continue; // the other language's reading of the same words
    if (notANeed(text, m)) continue;
    // Months off is no deadline to confirm today; "for Christmas" in January is last Christmas.
    if (m.interval && (m.kind === 'by' ? m.interval.end : m.interval.start) - refMs > FAR_OFF_MS) continue;
    // "No hurry at all … till my in-laws visit in the summer": the whole turn says there is no need.
    if ((m.kind === 'at' || m.event) && NO_NEED.test(text)) continue;
    // 「急ぎちゃう」, 「急ぎではありません」: urgency said only to be denied.
    if (m.kind === 'asap' && /^(?:の(?:用|用事|件|話|こと))?(?:で|じゃ|では|や)?(?:ちゃう|ちゃいます|ない|なく|ありません|は(?:ない|ありません)|ません)/.test(text.slice(m.end, m.end + 10))) continue;
    // 「あと5分」, "I've got ten minutes", 「10分後に会議が始まるんで」: how long a busy customer can talk is the busy signal's business.
    if (m.interval && m.interval.end > refMs && m.interval.end - refMs < 2 * 3_600_000 && busy()) continue;
    if (m.kind === 'at' && !m.event) {
      // A whole month in passing ("my invoice for March", 「3月分の請求書」) names what a thing is
      // for, not when it is needed; a month is a need only with a limit ("by the end of March").
      if (m.grain === 'month') continue;
      const sentence = sentenceAround(text, m.start, m.end);
      const clause = clauseOfMention(text, m.start, m.end);
      if (pastClause(clause) || NO_NEED.test(sentence)) continue;
      const ahead = m.interval !== undefined && m.interval.end > refMs;
      if (!NEED.test(sentence) && !(ahead && (planned(text, sentence, m, refMs, busy) || (readsAsNeed() && !busy())))) continue;
    }
    found.push(m);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether an agent turn after the need named a time that makes it: one still ahead that ends by
 * the need's limit ("Wednesday" for "before my flight on Friday", "by 2pm" for "at three"). A
 * whole day or an 8–6 window does not make a 3 pm need.
 */
function restated(ctx: SignalContext, need: TimeNeed): boolean {
  const wanted = need.mention.interval;
  for (const i of ctx.agentTurns) {
    if (i <= need.turnIndex) continue;
    const ref = writtenAt(ctx, i);
    const said = committedTimes(ctx, i).filter((m) => m.interval && m.interval.end > ref);
    if (said.some((m) => makes(m, wanted, ref))) return true;
    // Any day the agent named, taken by the customer's next turn without a word against it
    // ("It's booked for Friday." — "perfect. can I change the colour?"): the need was answered.
    if (said.length && acceptedAfter(ctx, i)) return true;
  }
  return false;
}

/** The customer's next turn after an agent turn takes it calmly ("perfect", 「よかった！」; a flat "Right. Anywhere between eight and six." does not) and does not point back at the time. */
function acceptedAfter(ctx: SignalContext, agentTurn: number): boolean {
  const next = ctx.customerTurns.find((j) => j > agentTurn);
  if (next === undefined) return false;
  const view = ctx.turn(next);
  const affect = turnAffect(view);
  return affect.score === 0 && affect.calm && !backReference(view.text);
}

/**
 * Whether a time the agent named makes a need's limit: still ahead, and over by the limit. An event
 * with no date of its own ("before the party") is answered by any day named for it.
 */
function makes(said: TimeMention, wanted: { start: number; end: number } | undefined, refMs: number): boolean {
  if (!said.interval || said.interval.end <= refMs) return false;
  return !wanted || said.interval.end <= wanted.end + 60_000;
}

/** Every time a turn names, read against when it was written; worked out once per turn. */
function timesSaid(ctx: SignalContext, i: number): TimeMention[] {
  const view = ctx.turn(i);
  const ref = writtenAt(ctx, i);
  return view.memo(`timesSaid@${ref}@${ctx.conv.timeZone}`, () => allMentions(view.text, ref, ctx.conv.timeZone));
}

/**
 * The times a turn names in sentences that can commit: a time in what generally happens ("we
 * draw blood 7:30 to 11 every weekday") or in what would have been commits to nothing. Once per turn.
 */
function committedTimes(ctx: SignalContext, i: number): TimeMention[] {
  const view = ctx.turn(i);
  return view.memo(`committedTimes@${writtenAt(ctx, i)}@${ctx.conv.timeZone}`, () => timesSaid(ctx, i).filter((m) => committing(view.text, m) && !toldAsPast(view.text, m)));
}

/**
 * A bare day in a clause told in the past ("the proof was approved on Wednesday", 水曜日に承認
 * されました) is the one just gone, whatever the calendar reads forward; "it's booked for Friday"
 * and 明日 are ahead however the verb is put.
 */
/** A weekday, maybe with a part of the day, and nothing that fixes its week ("Friday morning", 金曜の朝). */
const WEEKDAY_EN = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?(?:\\s+(?:morning|afternoon|evening|night))?';
const WEEKDAY_JA = '[月火水木金土日]曜日?(?:の?(?:朝|午前|午後|夕方|夜))?';
const BARE_DAY = new RegExp(`^(?:(?:on|this)\\s+)?${WEEKDAY_EN}$|^(?:on\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?$|^${WEEKDAY_JA}$|^\\d{1,2}日$`, 'i');
const ARRANGED_FOR = /\b(?:booked|scheduled|arranged|set|confirmed|moved|rescheduled|rebooked|due|planned|expected|pencilled in|penciled in|put you down|changed it)\s+(?:in\s+)?(?:for|on|to)\s*$/i;
function toldAsPast(text: string, m: TimeMention): boolean {
  if (m.kind !== 'at' || !BARE_DAY.test(m.phrase.trim())) return false;
  if (ARRANGED_FOR.test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  if (JAPANESE.test(m.phrase)) return PAST_AFTER.test(text.slice(m.end, m.end + 24)) && !DECIDED_AFTER.test(text.slice(m.end, m.end + 40));
  const clause = clauseOfMention(text, m.start, m.end);
  return pastClause(clause);
}

/**
 * The times a reply commits to, read at `refMs` (a draft: now): what generally happens and what
 * would have been are left out, as for the agent's sent turns.
 */
export function committedTimesIn(text: string, refMs: number, timeZone: string): TimeMention[] {
  return allMentions(text, refMs, timeZone).filter((m) => committing(text, m) && !toldAsPast(text, m));
}

/**
 * Whether a time the agent names clearly misses a need: it starts only after the need's limit
 * ("arrives Monday 12th" for "by Friday night"). A time with no interval, or a need with none
 * ("before the party"), misses nothing.
 */
export function misses(said: TimeMention, wanted: { start: number; end: number } | undefined, refMs: number): boolean {
  if (!said.interval || !wanted) return false;
  // Starting right at the limit is the need restated ("before your 3 pm flight", 金曜日のお越しに間に合います).
  const late = (start: number) => start > wanted.end + 60_000;
  if (!late(said.interval.start)) return false;
  // "by Thursday" written on a Thursday may be today as well as next week: it misses only if both do.
  const stillToday = said.interval.end - WEEK_MS > refMs;
  return !(stillToday && WEEKDAY_ONLY.test(said.phrase.trim()) && !late(said.interval.start - WEEK_MS));
}
const WEEK_MS = 7 * 86_400_000;
/** A weekday as a limit with nothing that fixes its week ("Thursday", "by Fri", 木曜日までに; not "next Thursday", "Thursday the 10th"). */
const WEEKDAY_ONLY = new RegExp(`^(?:(?:by|on|before|until|till|sooner than|earlier than)\\s+)?(?:this\\s+)?${WEEKDAY_EN}$|^${WEEKDAY_JA}(?:まで(?:に)?|中)?$`, 'i');

function allMentions(text: string, refMs: number, timeZone: string): TimeMention[] {
  const langs: ('ja' | 'en')[] = JAPANESE.test(text) ? ['ja', 'en'] : ['en'];
  return langs.flatMap((lang) => findTimeMentions(text, lang, { nowMs: refMs, timeZone }));
}

/**
 * 「それまでに直りますか」 with the moment in an earlier turn: the customer's latest turn points
 * back at the last future moment they named in the two turns before, which becomes a limit at
 * its start, shown on the pointing words.
 */
function pointedBack(ctx: SignalContext, needs: readonly TimeNeed[]): TimeNeed | undefined {
  const mine = ctx.customerTurns;
  const last = mine.at(-1);
  if (last === undefined || needs.some((n) => n.turnIndex === last)) return undefined;
  const pointer = backReference(ctx.turn(last).text);
  if (!pointer) return undefined;
  const ref = writtenAt(ctx, last);
  for (const i of mine.slice(-3, -1).reverse()) {
    const moment = timesSaid(ctx, i).filter((m) => m.interval && m.interval.start > ref).at(-1);
    if (!moment?.interval) continue;
    const phrase = ctx.turn(last).text.slice(pointer.start, pointer.end);
    const mention: TimeMention = { ...moment, kind: 'by', phrase, start: pointer.start, end: pointer.end, interval: { start: ref, end: moment.interval.start } };
    return { turnIndex: last, mention, evidence: evidence({ phrase, start: pointer.start, end: pointer.end }, 'customer', last)! };
  }
  return undefined;
}

/** When the customer wrote this turn: the reference for "tomorrow" and "by Friday". */
function writtenAt(ctx: SignalContext, i: number): number {
  return parseTime(ctx.conv.turns[i]?.at) ?? parseTime(ctx.conv.startedAt) ?? ctx.nowMs;
}

export const timeNeedsSignal: SignalKind<TimeNeeds> = {
  id: 'timeNeeds',
  doc: 'Deadlines and time needs in what the customer wrote, said outright (至急, "urgent") or tied to a day, a time or an event ("before my flight on Thursday", 「週明けの会議で使う」), each read as a date in the conversation\'s time zone.',
  compute(ctx) {
    const needs: TimeNeed[] = [];
    for (const i of ctx.customerTurns) {
      const view = ctx.turn(i);
      const ref = writtenAt(ctx, i);
      const mentions = view.memo(`timeNeeds@${ref}@${ctx.conv.timeZone}`, () => mentionsIn(view, ref, ctx.conv.timeZone));
      for (const mention of mentions) {
        needs.push({ turnIndex: i, mention, evidence: evidence({ phrase: mention.phrase, start: mention.start, end: mention.end }, 'customer', i)! });
      }
    }
    const backed = pointedBack(ctx, needs);
    if (backed) needs.push(backed);
    needs.sort((a, b) => a.turnIndex - b.turnIndex);
    for (const need of needs) need.answered = restated(ctx, need);
    return needs.length ? { needs, latest: needs.at(-1) } : { needs };
  },
};
