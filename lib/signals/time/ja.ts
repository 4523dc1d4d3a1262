/**
 * Japanese: limit words around the time atoms (まで, までに, 以内, 前に, 期限は), urgency
 * (至急, なるべく早く) and its negation (急ぎではない), expiry facts (賞味期限), and needs
 * tied to an event (週明けの会議で使う, 結婚式に間に合わせたい). Input is normalised text.
 */
import { applyAnaphora, applyContext, clauseOf, clauses, mergeAtoms, pickLongest, scan, type ContextRules, type Joiner } from './compose';
import { jaAtoms } from './ja-atoms';
import type { Atom, Draft } from './types';

const JOIN: Joiner = (gap) => (/^(?:の|\s|、)?$/.test(gap) ? 'plain' : false);

const SUFFIX_BY = /^\s?(?:まで(?:には|に|で)?|迄(?:に)?|以内(?:に)?|必着|より前に?|の前に|前に)/;
/** 中 after a day (金曜中に, 3日中) bounds it; after other atoms it means something else. */
const SUFFIX_DAY = /^中に?/;
/** 期限は金曜: the deadline named as a noun. Product expiry (有効期限) is ruled out separately. */
const PREFIX_BY = /(?<!有効|賞味|消費|使用|保証)(?:締め?切り?|〆切り?|締切|期限|納期)(?:は|が|:)\s?$/;

/** A request or need later in the clause: what turns a lone 今日 or すぐ into a time need. */
const REQUEST = /ほしい|欲しい|ください|下さい|お願い|願います|必要|たい|たくて|たくって|いただけ|頂け|いただき|もらえ|貰え|くれ|できますか|できませんか|出来ますか|可能|ませんか|急ぎ|(?:ないと|なきゃ|なければ|なかったら)(?:本当に|ほんとに|本当|すごく|とても|かなり)?(?:困|まず|大変|厳し)/;
/** What a lone part of the day must be followed by to name a time (夜に, 朝頃), unlike 朝から or 夜遅く. */
const PART_OK = /^(?:に|頃|ごろ|くらい|ぐらい|以降|の(?:うち|間))/;

const ASAP = /大至急|至急|早急|お急ぎ|(?<!取り?)急ぎ|急いで|(?:なるべく|できるだけ|出来るだけ|できる限り|出来る限り)早[くめ]|一刻も早く|一日も早く|今すぐ|ASAP|asap|(すぐ(?:に)?|早めに|早く)/g;

const RULES: ContextRules = {
  bounds: /[、。！？!?\n]/g,
  expiry: /有効期限|賞味期限|消費期限|使用期限|保証期限|保証期間|有効期間|期限切れ/g,
  expiryReach: 6,
  negation: /(?:大至急|至急|早急|お?急ぎ)(?:の(?:用事|用件|件|案件))?(?:で|じゃ|では)?(?:は|も)?(?:ありません|ない|なく|ません)|急が(?:ない|なく|ず)|急いで(?:いません|いない|ない)|(?:いつでも|ゆっくりで|後日でも|あとででも)(?:大丈夫|いい|良い|構いません|かまいません|結構)/g,
};

/** Events a need can hang on; time-plans.ts reads the same list in a whole sentence (where 〜会/〜式/〜祭 need a noun before them). */
export const EVENT_NOUNS_JA = '(?:会議|打ち合わせ|打合せ|ミーティング|旅行|出張|結婚式|披露宴|誕生日|記念日|イベント|発表|面接|試験|大会|引っ越し|引越し|パーティー?|帰省|出発|フライト|ライブ|コンサート|展示会|セミナー|商談|プレゼン|式典|お祝い|撮影|本番|試合|学会|入院|手術|通夜|葬儀|法事|法要|内見|検収|納品|引き渡し|引渡し|入居|退去|搬入|検定|受験|テスト|模試|開店|開業|オープン|帰国|出産|退院|来客)';
const EVENT_NOUN = new RegExp(`(?:${EVENT_NOUNS_JA}|[会式祭])$`);
const NOUN_CHAR = /[\p{Script=Han}\p{Script=Katakana}ー々]/u;
/** Event nouns spelled with kana inside, which the kanji/katakana walk would cut short. */
const KANA_NOUN = /(?:引っ越し|お祝い|締め切り|締切り|お披露目)$/;
/**
 * Group 1: cues that tie any noun (〜に間に合わせたい). Group 2: use and need (で使う, に持って
 * いきたい), for event nouns. Group 3: plain limits (まで, の前に), for event nouns in a clause
 * that asks for something (会議の前に確認しました is a past fact).
 */
const EVENT_CUE = /(に間に合(?:わせ(?:たい|て)?|う(?:ように)?|います|わない|えば)?)|((?:で|に)使(?:う|いたい|います|用)|(?:で|に)必要|に持って(?:いき|行き)たい|に持って(?:いく|行く)|で着(?:る|たい))|(まで(?:に(?:は)?)?|の前に|用に|のために)/g;

function withMarkers(a: Atom, text: string): Atom {
  let out = a;
  const after = text.slice(a.e, a.e + 6);
  const m = SUFFIX_BY.exec(after) ?? (a.day && !a.time && !a.part && !a.by ? SUFFIX_DAY.exec(after) : null);
  if (m) out = { ...out, e: a.e + m[0].length, by: m[0].includes('前') ? 'start' : 'end', lone: undefined };
  const p = PREFIX_BY.exec(text.slice(Math.max(0, a.s - 8), a.s));
  if (p) out = { ...out, s: a.s - p[0].length, by: out.by ?? 'end', lone: undefined };
  return out;
}

function keepLone(a: Atom, rest: string): boolean {
  if (!a.lone || a.by) return true;
  if (a.lone === 'part') return PART_OK.test(rest);
  // 今日は/本日も open a topic (今日は質問があって): the day frames the message, it is no need.
  if (/^[はも]/.test(rest)) return false;
  return REQUEST.test(rest);
}

function events(text: string, atoms: readonly Atom[], list: ReadonlyArray<[number, number]>): Draft[] {
  const covered = new Uint8Array(text.length);
  const byEnd = new Map<number, Atom>();
  for (const a of atoms) {
    covered.fill(1, a.s, a.e);
    byEnd.set(a.e, a);
  }
  return scan(text, EVENT_CUE, (m): Draft | undefined => {
    const i = m.index;
    const kana = KANA_NOUN.exec(text.slice(Math.max(0, i - 5), i));
    let ns = i - (kana?.[0].length ?? 0);
    if (!kana) while (ns > 0 && NOUN_CHAR.test(text[ns - 1] ?? '') && !covered[ns - 1]) ns--;
    // 引っ越しの日までに, 結婚式の前日までに, 出発当日: the day of an event is the event's time.
    const dayOf = /^(?:日|前日|当日)$/.test(text.slice(ns, i)) && !covered[ns - 1] ? dayOfEvent(text, text[ns - 1] === 'の' ? ns - 1 : ns) : undefined;
    const dayAfterNoun = dayOf === undefined && /(?:当日|前日)$/.test(text.slice(ns, i)) && EVENT_NOUN.test(text.slice(ns, i - 2));
    const nounEnd = dayOf !== undefined ? (text[ns - 1] === 'の' ? ns - 1 : ns) : dayAfterNoun ? i - 2 : i;
    if (dayOf !== undefined) ns = dayOf;
    const noun = text.slice(ns, nounEnd);
    const atom = byEnd.get(ns) ?? (text[ns - 1] === 'の' ? byEnd.get(ns - 1) : undefined);
    // Any noun a date names is an event to be in time for: 3月の予算確定の前に, 金曜の棚卸しまでに.
    if (!noun || (!m[1] && !EVENT_NOUN.test(noun) && !(m[3] && atom))) return undefined;
    const e = i + m[0].length;
    if (m[3] && !REQUEST.test(text.slice(e, clauseOf(list, i)[1]))) return undefined;
    const event = { s: ns, e: i };
    if (!atom) return { s: ns, e, kind: 'by', event };
    return { s: atom.s, e, kind: 'by', event, atom: { ...atom, event } };
  });
}

/**
 * An event said with its verb: 母が退院するまでに, 子どもが帰ってくるまでに, 出発する前に (a limit when
 * the clause asks for something), and 母が退院したら… お風呂が使えないと困る (an event noun's
 * したら, when the sentence says what it needs by then). 注文する前に確認したい orders the
 * customer's own steps and sets no time.
 */
const VERB_LIMIT = /([\p{Script=Han}\p{Script=Katakana}ー々]{1,8}(?:する|される|[\p{Script=Hiragana}]{0,4}?[うくすつぬむぶぐる]))(までに(?:は)?|(?:より)?前に)/gu;
const VERB_WHEN = new RegExp(`(${EVENT_NOUNS_JA})(?:し|になっ)たら`, 'g');
const OWN_STEP = /確認|知り|知って|聞き|聞いて|教え|相談|考え|検討|比較|決め/;
function verbEvents(text: string, atoms: readonly Atom[], list: ReadonlyArray<[number, number]>): Draft[] {
  const inAtom = (i: number) => atoms.some((a) => a.s <= i && a.e > i);
  const limits = scan(text, VERB_LIMIT, (m): Draft | undefined => {
    const i = m.index;
    const verbEnd = i + (m[1] ?? '').length;
    if (inAtom(i) || inAtom(verbEnd - 1)) return undefined;
    const rest = text.slice(verbEnd + (m[2] ?? '').length, clauseOf(list, i)[1]);
    if (!REQUEST.test(rest) || (m[2]?.includes('前') && OWN_STEP.test(rest))) return undefined;
    return { s: i, e: i + m[0].length, kind: 'by', event: { s: i, e: verbEnd } };
  });
  const whens = scan(text, VERB_WHEN, (m): Draft | undefined => {
    const sentenceEnd = text.slice(m.index).search(/[。！？!?\n]/);
    const rest = text.slice(m.index + m[0].length, sentenceEnd === -1 ? text.length : m.index + sentenceEnd);
    if (!REQUEST.test(rest)) return undefined;
    return { s: m.index, e: m.index + m[0].length, kind: 'by', event: { s: m.index, e: m.index + (m[1] ?? '').length } };
  });
  return [...limits, ...whens];
}

/** Where the event noun ending at `end` starts (引っ越し|の日), or undefined when no event noun ends there. */
function dayOfEvent(text: string, end: number): number | undefined {
  const kana = KANA_NOUN.exec(text.slice(Math.max(0, end - 5), end));
  let s = end - (kana?.[0].length ?? 0);
  if (!kana) while (s > 0 && NOUN_CHAR.test(text[s - 1] ?? '')) s--;
  return s < end && EVENT_NOUN.test(text.slice(s, end)) ? s : undefined;
}

function asap(text: string, list: ReadonlyArray<[number, number]>): Draft[] {
  return scan(text, ASAP, (m) => {
    const e = m.index + m[0].length;
    // すぐ, 早く alone also describe what happened (すぐに壊れた); only a request makes them urgency.
    if (m[1] && !REQUEST.test(text.slice(e, clauseOf(list, m.index)[1]))) return undefined;
    return { s: m.index, e, kind: 'asap' };
  });
}

export function parseJa(text: string): Draft[] {
  const list = clauses(text, RULES.bounds);
  const atoms = mergeAtoms(jaAtoms(text), text, JOIN).map((a) => withMarkers(a, text));
  const drafts: Draft[] = [];
  for (const a of atoms) {
    if (!keepLone(a, text.slice(a.e, clauseOf(list, a.s)[1]))) continue;
    const d: Draft = { s: a.s, e: a.e, kind: a.by ? 'by' : 'at', atom: a };
    if (a.event) d.event = a.event;
    drafts.push(d);
  }
  drafts.push(...events(text, atoms, list), ...verbEvents(text, atoms, list), ...asap(text, list));
  return applyAnaphora(pickLongest(applyContext(drafts, text, RULES)), text, /それまでに|その前に|それより前に/g);
}
