/**
 * From what the readers heard to one turn's affect: shields drop words that are not the
 * customer's own, irony needs a complaint around it, VADER's "but" rule and emphasis
 * (capitals, exclamation marks) adjust, and the hits add up with diminishing weight so
 * three mild words never outweigh one furious one.
 */
import { isEmphasisWord } from './english-lexicon';
import { hypothetical, toOriginal, type Folded } from './normalise';
import type { AffectEvidence, Heard, Hit, Span, TurnAffect } from './types';

export const UPSET = 3;
const MAX = 10;
/** VADER's contrast rule: what comes after "but" counts more, what comes before less. */
/** Japanese けど ends many a complaint (ありえないんですけど。) without contrasting anything: only mid-sentence. */
const CONTRAST = /\bbut\b|\bhowever\b|(?:けど|けれど(?:も)?)(?=[、,]?[^、,。!?…\s])|(?<=^|[。!?\n]\s*)でも|しかし|ところが/;
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;
/** Capitals on the words themselves ("STILL", "FURIOUS"), VADER's C_INCR on our scale. */
const CAPS_EMPHASIS = 1;
/** VADER's 0.292 per exclamation mark (up to four), on our scale. */
const EXCLAMATION = 0.35;
/** A failure insisted on in capitals ("it was NOT delivered") is frustration, not a report. */
const EMPHATIC_FAILURE = 2.5;
const QUESTION_RUN = 0.5;
const LAUGHING = 0.5;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Irony is only irony in a complaint: a failure, or some other clear upset in the same turn. */
function keepIrony(hits: Hit[]): Hit[] {
  const complaint = hits.some((h) => !h.ironic && (h.kind === 'failure' || h.weight >= 2));
  return complaint ? hits : hits.filter((h) => !h.ironic);
}

function emphasised(folded: Folded, hit: Hit, lowerSeen: boolean): boolean {
  if (!lowerSeen) return false;
  const { start, end } = toOriginal(folded, hit.start, hit.end);
  return (folded.original.slice(start, end).match(/\b[A-Z][A-Z']+\b/g) ?? []).some((word) => isEmphasisWord(word.toLowerCase()));
}

/** Words that the trouble is over, wherever they stand in a calm turn ("that worked", 直りました, 助かりました). */
const RESOLVED = /\b(?:that|it|this)(?:'s| has| is)? (?:worked|working now|fixed|sorted|solved|resolved)\b|\bworks (?:now|again|fine)\b|\ball (?:good|sorted|fixed) now\b|直りました|直った|解決しました|解決です|できました|つながりました|繋がりました|消えました|助かりました/g;
/** Words that it works now, said after what went wrong ("it was down last night but it's fine now", 今はふつうに使えてます). */
const WORKS_NOW = /\b(?:it'?s|it is|all'?s|everything'?s|everything is|it'?s all) (?:fine|ok|okay|good|working|back(?: up)?)(?: again)? now\b|\b(?:back (?:up|on|online)|working (?:fine|again)|works (?:fine )?again) now\b|\bworks (?:now|again|fine now)\b|\ball (?:good|sorted|fixed) now\b|今は(?:もう)?(?:ふつうに|普通に|問題なく|ちゃんと|無事に?)?(?:使え|動い|動き|つなが|繋が|見れ|見られ|映っ|映り)(?:て|ま|る)|(?:直り|解決し|つながり|繋がり|復旧し)ました(?![かがら])/g;
/**
 * Calm words that trail off or hesitate ("Okay. Okay... right.", 「そうですか…。はい…。うーん」): the
 * customer is holding on, not settled: what worried them is still open, however it was reassured.
 */
const HESITANT = /(?:\.{2,}|…|‥)\s*(?:\S{0,12})\s*$|^\s*(?:um+|uh+|erm+|hmm+)\b|\b(?:um+|uh+|erm+|hmm+)[.…!]*\s*$|\b(?:i guess|i suppose)\s*[.!]?\s*$|うーん|ううん|んー|うーむ|そうですか(?:…|‥|\.{2,})/i;
/** Only backchannel ("Okay.", "Right. Okay. Yeah.", 「はい。」「そうですか。」): heard, not settled. */
export const BACKCHANNEL = /^[\s\p{P}]*(?:(?:ok(?:ay)?|right|yeah|yep|yes|mm+|mhm|sure|alright|all right|i see|はい|ええ|うん|そうですか|そうなんですね|なるほど)[\s\p{P}]*)+$/iu;
const hesitates = (folded: Folded, calmWords: readonly Span[]) => {
  if (HESITANT.test(folded.text) || BACKCHANNEL.test(folded.text)) return true;
  return calmWords.some((c) => /^\s*(?:\.{2,}|…|‥)/.test(folded.text.slice(c.end, c.end + 4)));
};
/** At most this many characters after the calm words for a turn to sound settled. */
const SETTLED_TAIL = 24;

function adjust(folded: Folded, heard: Heard): Hit[] {
  const contrast = CONTRAST.exec(folded.text);
  const at = contrast ? contrast.index : -1;
  const lowerSeen = /[a-z]/.test(folded.original);
  const hits = keepIrony(heard.hits.filter((h) => !heard.shields.some((s) => overlaps(s, h))));
  const extra: Hit[] = [];
  const adjusted = hits.map((hit) => {
    let weight = hit.weight;
    if (hit.kind === 'failure' && emphasised(folded, hit, lowerSeen)) extra.push({ ...hit, kind: 'frustration', weight: EMPHATIC_FAILURE });
    if (hit.kind !== 'failure') {
      if (at >= 0) weight *= hit.end <= at ? CONTRAST_BEFORE : hit.start >= at ? CONTRAST_AFTER : 1;
      if (emphasised(folded, hit, lowerSeen)) weight += CAPS_EMPHASIS;
      if (heard.laughing && hit.kind !== 'sarcasm') weight *= LAUGHING;
    }
    return { ...hit, weight };
  });
  return [...adjusted, ...extra];
}

/** Strongest first; a weaker hit on the same words of the same kind is the same evidence. */
function distinct(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of [...hits].sort((a, b) => b.weight - a.weight || a.start - b.start || b.end - a.end)) {
    if (!kept.some((k) => overlaps(k, hit) && (k.kind === hit.kind || hit.kind !== 'failure'))) kept.push(hit);
  }
  return kept;
}

function punctuation(text: string): number {
  const exclamations = Math.min(4, text.split('!').length - 1);
  return exclamations * EXCLAMATION + (/\?\?|\?!|!\?/.test(text) ? QUESTION_RUN : 0);
}

function toEvidence(folded: Folded, hit: Hit): AffectEvidence {
  const { start, end } = toOriginal(folded, hit.start, hit.end);
  return { kind: hit.kind, phrase: folded.original.slice(start, end), start, end };
}

/** The customer owns the mistake ("completely my own fault", 私の勘違いでした): what went wrong is not the company's failure. */
const SELF_BLAME = /(?<!\bnot |n't |\bnever )\b(?:(?:completely |totally |entirely |all )?my (?:own )?(?:fault|mistake|error|bad)|i (?:messed|mucked|screwed) (?:it |that |this )?up|i (?:got|had) (?:the|my) [a-z]+ wrong)\b|(?:私|わたし|自分|こちら)の(?:ミス|勘違い|間違い|不注意|確認不足)|うっかり(?:して|間違え)/i;

/**
 * A failure the same turn says is over is history, not an open report: one told before the words
 * that it works now (「昨日落ちてたっぽいですけど、今はふつうに使えてます」), or one that is itself
 * those words in a turn of thanks (「消えました！助かりました」: the warning light went off).
 */
function resolvedFailure(folded: Folded, heard: Heard): (hit: Hit) => boolean {
  const spansOf = (re: RegExp) => [...folded.text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const resolved = spansOf(RESOLVED);
  const worksNow = spansOf(WORKS_NOW);
  if (resolved.length === 0 && worksNow.length === 0) return () => false;
  const thanked = heard.calm.some((c) => !resolved.some((r) => overlaps(r, c)));
  return (hit) => hit.kind === 'failure' && (worksNow.some((r) => r.start >= hit.end) || (thanked && resolved.some((r) => overlaps(r, hit))));
}

/** The sentence holding these words asks (ends in a question mark or か) or supposes (if, make sure, hope). */
function asksOrSupposes(text: string, at: Span): boolean {
  const end = text.slice(at.end).search(/[.!?。！？\n]/);
  const stop = end === -1 ? text.length : at.end + end;
  return /[?？]/.test(text.charAt(stop)) || /か[。]?$/.test(text.slice(at.end, stop + 1)) || hypothetical(text, at) || /\b(?:make sure|hope|hoping|check)\b[^.!?]*$/.test(text.slice(0, at.start));
}

export function scoreTurn(folded: Folded, heard: Heard): TurnAffect {
  const own = SELF_BLAME.test(folded.text);
  const over = resolvedFailure(folded, heard);
  const hits = distinct(adjust(folded, heard)).filter((h) => !(own && h.kind === 'failure') && !over(h));
  let raw = hits.reduce((sum, hit, i) => sum + hit.weight * 0.5 ** i, 0);
  // A joking customer's exclamation marks are laughter, not heat.
  if (hits.length > 0 && !heard.laughing) raw += punctuation(folded.text);
  const score = Math.round(Math.min(MAX, raw) * 10) / 10;
  const evidence = hits.map((hit) => toEvidence(folded, hit));
  const failures = hits.filter((h) => h.kind === 'failure').sort((a, b) => a.start - b.start);
  const firstFailure = failures[0];
  const lastFailureEnd = Math.max(-1, ...failures.map((f) => f.end));
  // Calm words in a question (それで大丈夫なんですよね？) or a supposition ("make sure it's sorted") ask for calm; they do not say it.
  const calmWords = heard.calm.filter((c) => !hits.some((h) => overlaps(h, c)) && !asksOrSupposes(folded.text, c));
  const calm = score < UPSET && calmWords.some((c) => c.start >= lastFailureEnd);
  // Settled: the calm words close the turn ("ok, I'll try that"), rather than open a turn that goes on about the matter.
  const settled = calm && !firstFailure && (folded.text.search(RESOLVED) >= 0 || (!hesitates(folded, calmWords) && calmWords.some((c) => folded.text.length - c.end <= SETTLED_TAIL)));
  return { score, evidence, ...(firstFailure ? { problem: toEvidence(folded, firstFailure) } : {}), calm, settled };
}
