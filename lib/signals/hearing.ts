/**
 * What Kizuki hears by grammar rather than by word list, as names a rule's matcher can use
 * (`{ "hears": "blame" }`): each reads one text and returns the writer's own words that made it
 * true, in original offsets. Customer turns are read once per turn; a draft is read sentence by
 * sentence (lib/engine/scanned.ts), and a sentence already read is not read again, so typing
 * re-reads only the sentence being typed.
 */
import { readAffect } from './affect';
import { blameOrArgument, busyOrUnavailable, freeNow, escalationAsk, explains, handover, laughter, nextStepsGiven, notAGoodTimeOffer, promise, wrapUp, jargon } from './intent';
import { turnAffect } from './heat';
import { hears as readerHears, read } from './reader';
import type { Found, TextView } from './types';
import { namesWhen, sameDay } from './intent/when';

/** `view`: the whole turn being heard, whose per-text work other signals share (its affect). */
type Detect = (text: string, view?: TextView) => Found | null;

/** A turn's affect is read once, for heat, upset and these hearings alike. */
const affectOf = (text: string, view?: TextView) => (view ? turnAffect(view) : readAffect(text));

function affectProblem(text: string, view?: TextView): Found | null {
  const p = affectOf(text, view).problem;
  return p ? { phrase: p.phrase, start: p.start, end: p.end } : null;
}

/** A grammar hearing, and the reader's answer to the same question for what the grammar has no shape for. */
const orRead = (grammar: Detect, reader: (text: string) => Found | null): Detect => (text, view) => grammar(text, view) ?? reader(text);

/**
 * The reader's "troubled": a sure reading on its own, or a likely one the grammar backs with a
 * weaker sign of its own (heat below upset, a word of trouble, a problem report).
 */
const SURE = 0.8;
function troubled(text: string, view?: TextView): Found | null {
  const r = read('trouble', text);
  if (!r.found) return null;
  if (r.p >= SURE) return r.found;
  const a = affectOf(text, view);
  return a.score > 0 || a.problem ? r.found : null;
}

/** A failure the turn places on this very day ("I was home all day", 「今日…誰も来なかった」): that day was spent waiting. */
function failedToday(text: string, view?: TextView): Found | null {
  const p = affectProblem(text, view);
  return p && sameDay(text) ? p : null;
}

function affectUpset(text: string, view?: TextView): Found | null {
  const a = affectOf(text, view);
  const e = a.score >= 3 ? a.evidence[0] : undefined;
  return e ? { phrase: e.phrase, start: e.start, end: e.end } : null;
}

export interface Hearing {
  detect: Detect;
  doc: { en: string; ja: string };
  /**
   * How many sentences of a draft one reading takes: 1 (the default), or 2 when what is heard
   * may run into the next sentence (a handover's "when": 「森に引き継ぎます。13時半までにお電話いたします。」).
   */
  sentences?: 1 | 2;
}

export const hearings = {
  upset: { detect: affectUpset, doc: { en: 'the writer sounds upset (graded by grammar: intensifiers, negation, rhetorical questions, sarcasm)', ja: '書き手が動揺・立腹している（強調・否定・反語・皮肉を文法で判定）' } },
  failedToday: { detect: failedToday, doc: { en: 'a failure placed on this very day: a visit or delivery that did not happen while the customer waited ("I was home all day", "at two o\'clock")', ja: '今日のうちに起きた失敗の報告（「今日来てもらう予定だったのに誰も来なかった」など）' } },
  namesWhen: { detect: namesWhen, doc: { en: 'commits to a when: a day or time together with what will happen then ("it\'s booked for 8 to 12 tomorrow"), not a habit or a policy', ja: 'いつ何をするかを約束している（「明日の午前中に伺います」）。習慣や規定の説明は含まない' } },
  problem: { detect: affectProblem, doc: { en: 'a failure the company caused is reported ("it shows delivered but nothing is here")', ja: '会社側の不具合・失敗の報告（「違う色が届きました」など）' } },
  troubled: { detect: troubled, doc: { en: 'the customer is troubled: upset, worried, sarcastic, pushing back, or reporting something the company got wrong, read by a learned model', ja: 'お客様が困っている（動揺・不安・皮肉・反発・会社側の不備の報告）を学習したモデルで判定' } },
  busy: { detect: orRead(busyOrUnavailable, readerHears('busy')), doc: { en: 'the customer is busy or cannot talk now', ja: 'お客様が今は忙しい・話せない' } },
  free: { detect: freeNow, doc: { en: 'the customer is free to talk now, after being busy ("all done now, I\'ve got time")', ja: 'お客様が今は話せる（「今はもう終わったので大丈夫です」）' } },
  escalation: { detect: orRead(escalationAsk, readerHears('ask')), doc: { en: 'someone more senior is asked for', ja: '上の立場の人・担当者の交代を求めている' } },
  blame: { detect: blameOrArgument, doc: { en: 'blame or argument aimed at the customer, personal or impersonal', ja: 'お客様を責める・言い返す言い方' } },
  laughter: { detect: laughter, doc: { en: 'laughter in writing (lol, haha, 😂, ｗ, (笑))', ja: '文字の笑い（笑、ｗ、lol など）' } },
  promise: { detect: promise, doc: { en: 'a promise to do something later (call back, email, check and come back)', ja: '後で何かをする約束（折り返し・ご連絡など）' } },
  nextSteps: { detect: nextStepsGiven, doc: { en: 'what happens next is already said', ja: 'この後どうなるかを伝えている' } },
  wrapUp: { detect: wrapUp, doc: { en: 'the customer is wrapping up: thanks with a word that it is settled or decided', ja: 'お客様が締めくくっている（お礼と、解決・決定の一言）' } },
  jargon: { detect: jargon, doc: { en: 'insider words: acronyms and codes the customer must decode (WMS, "status 4"), internal stages (在庫引当, 二次窓口)', ja: '社内の言葉: お客様が読み解く必要のある略語・コード（WMS、「ステータス4」）、社内の工程（在庫引当、二次窓口）' } },
  explains: { detect: explains, doc: { en: 'a sentence that states a reason, a cause, a policy or what happened (not a greeting, thanks, apology, question, offer or promise)', ja: '理由・原因・規定・経緯を述べる文（挨拶・お礼・お詫び・質問・申し出・約束ではない文）' } },
  handover: { detect: handover, sentences: 2, doc: { en: 'says who takes it over and when ("my supervisor will call you by 3 pm")', ja: '誰がいつ引き継ぐかを伝えている（「本日17時までに責任者よりご連絡いたします」）' } },
  goodTimeOffer: { detect: notAGoodTimeOffer, doc: { en: 'asks whether now is a good time, or offers a call-back time', ja: '今話せるかを尋ねる、または掛け直しの時間を提案する' } },
} as const satisfies Record<string, Hearing>;

export type HearingName = keyof typeof hearings;
export const HEARING_NAMES = Object.keys(hearings) as HearingName[];


/** A bounded memory of sentences already read, per hearing: the drafts of one shift repeat. */
const MEMORY = 512;
const memory = new Map<HearingName, Map<string, Found | null>>();

function remembered(name: HearingName, sentence: string): Found | null {
  let seen = memory.get(name);
  if (!seen) memory.set(name, (seen = new Map()));
  const known = seen.get(sentence);
  if (known !== undefined) return known;
  const found = hearings[name].detect(sentence);
  if (seen.size >= MEMORY) seen.delete(seen.keys().next().value as string);
  seen.set(sentence, found);
  return found;
}

/** What a hearing finds in one sentence (remembered: the drafts of one shift repeat). */
export function hearSentence(name: HearingName, sentence: string): Found | null {
  return remembered(name, sentence);
}

/** The first thing heard in a whole text (a sent turn: read once, kept on the text for every signal that asks). */
export function hear(name: HearingName, view: TextView): Found | null {
  return view.memo(`hear:${name}`, () => hearings[name].detect(view.text, view));
}
