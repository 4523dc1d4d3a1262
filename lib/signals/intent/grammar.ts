/**
 * What every intent detector shares: the text as the grammars read it (width and case folded,
 * Japanese colloquial forms rewritten, see lib/text/ja-forms.ts), shapes (a regex built from word
 * lists, plus a test that refuses a match in its context), and clause bounds for questions and
 * negation. A detector is a list of shapes; its answer is the earliest match no shape refuses,
 * reported as the writer's own words with offsets in the ORIGINAL text.
 */
import { jaFormsSource, normalizeJa, toOriginal, type MappedText } from '../../text/ja-forms';
import { quotedSpeech } from '../affect/rules';

/** The words that made a detector true, exactly as written, and where: [start, end) of the original. */
export interface Hit {
  phrase: string;
  start: number;
  end: number;
}

/** A match in the normalised text, for a shape's refusal test; `source` maps it to the original. */
export interface Match {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly source: MappedText;
}

/** The script a shape's words are in: a text without it cannot match, so the shape is skipped. */
type Script = 'ja' | 'latin' | 'any';

export interface Shape {
  readonly src: string;
  /** Sticky: tried only where the set's locator found that some shape may match. */
  readonly re: RegExp;
  readonly refuse?: (m: Match) => boolean;
  readonly script: Script;
}

/**
 * A detector's shapes with one locator per script: the alternation of their patterns. One scan of
 * a locator costs a fraction of one scan per shape, and a text matches nothing most of the time.
 */
export interface ShapeSet {
  readonly locators: readonly Locator[];
}

interface Locator {
  readonly script: Script;
  /** Shape k's pattern is the group named `s${k}`. */
  readonly re: RegExp;
  readonly shapes: readonly Shape[];
}

const JA_SCRIPT = /[\u3041-\u30ff\u3400-\u9fff]/;
const LATIN_SCRIPT = /[a-z]/;

let last: MappedText | undefined;
let scripts: ReadonlySet<Script> = new Set();

/** The normalised text. Detectors read the same text one after another, so the last one is kept. */
export function prepare(text: string): MappedText {
  if (last?.original === text) return last;
  last = normalizeJa(text);
  scripts = new Set<Script>(['any', ...(JA_SCRIPT.test(last.text) ? ['ja' as const] : []), ...(LATIN_SCRIPT.test(last.text) ? ['latin' as const] : [])]);
  return last;
}

let quotedFor: MappedText | undefined;
let quotedSpans: readonly { start: number; end: number }[] = [];
function quotedIn(source: MappedText): readonly { start: number; end: number }[] {
  if (quotedFor !== source) {
    quotedFor = source;
    quotedSpans = /["'「『]/.test(source.text) ? quotedSpeech(source.text) : [];
  }
  return quotedSpans;
}

/** Regex fragments (never user input) as one alternation, longest first. */
export const alt = (...words: readonly string[]): string => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;

/** Every form of Japanese lemmas (届く~, 話せる~-), in the normalised spelling. */
export const ja = (...phrases: readonly string[]): string => jaFormsSource(phrases);

/** An English word or phrase with word edges that also hold next to Japanese (運転中 driving). */
const EN_EDGE = "(?<![a-z0-9'])";
export const en = (src: string): string => `${EN_EDGE}${src}(?![a-z0-9])`;

/** A shape's script is read from its pattern: Japanese words in it, or an English word edge from en(). */
export function shape(src: string, refuse?: (m: Match) => boolean): Shape {
  const script = JA_SCRIPT.test(src) ? 'ja' : src.startsWith(EN_EDGE) ? 'latin' : 'any';
  return { src, re: new RegExp(src, 'uy'), refuse, script };
}

export function shapeSet(shapes: readonly Shape[]): ShapeSet {
  const locators = (['latin', 'ja', 'any'] as const).flatMap((script) => {
    const of = shapes.filter((s) => s.script === script);
    return of.length ? [{ script, shapes: of, re: new RegExp(of.map((s, k) => `(?<s${k}>${s.src})`).join('|'), 'gu') }] : [];
  });
  return { locators };
}

/** The words of a match as they were written (case and width kept). */
export function written(m: Match): string {
  const span = toOriginal(m.source, m.start, m.end);
  return m.source.original.slice(span.start, span.end);
}

export function hitIn(p: MappedText, start: number, end: number): Hit {
  const span = toOriginal(p, start, end);
  return { phrase: p.original.slice(span.start, span.end), start: span.start, end: span.end };
}

/** The longest match starting at `at` that its shape does not refuse. */
function longestAt(source: MappedText, at: number, shapes: readonly Shape[]): Match | null {
  let best: Match | null = null;
  for (const { re, refuse } of shapes) {
    re.lastIndex = at;
    const m = re.exec(source.text);
    if (!m || m[0] === '' || (best && best.end >= at + m[0].length)) continue;
    const found = { text: source.text, start: at, end: at + m[0].length, source };
    if (!refuse?.(found)) best = found;
  }
  return best;
}

/** The earliest match that its shape does not refuse (the first shape's, where several start together). */
export function firstMatch(text: string, set: ShapeSet): Match | null {
  const source = prepare(text);
  // Words someone else said (a quoted text message, お客さまから「…」と) are not the writer's.
  const quoted = quotedIn(source);
  const inQuote = (m: { start: number; end: number }) => quoted.some((q) => q.start <= m.start && m.end <= q.end);
  let best: Match | null = null;
  for (const { re, shapes, script } of set.locators) {
    if (!scripts.has(script)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(source.text); m && (!best || m.index <= best.start); m = re.exec(source.text)) {
      // The first shape that matches here, unless it refuses: then any other shape that matches here.
      const k = shapes.findIndex((_, i) => m!.groups?.[`s${i}`] !== undefined);
      const first = { text: source.text, start: m.index, end: m.index + m[0].length, source };
      const found = m[0] !== '' && !shapes[k]?.refuse?.(first) ? first : longestAt(source, m.index, shapes);
      if (found && !inQuote(found)) {
        if (!best || found.start < best.start || found.end > best.end) best = found;
        break;
      }
      // Every shape refused here: a later start may still hold one (a refused match hides nothing).
      re.lastIndex = m.index + 1;
    }
  }
  return best;
}

export function firstHit(text: string, shapes: ShapeSet): Hit | null {
  const m = firstMatch(text, shapes);
  return m && hitIn(prepare(text), m.start, m.end);
}

/** A full stop ends a sentence only before a space or the end: 5.30pm and example.com do not. */
const SENTENCE_END = /[!?。！？\n]|\.(?=\s|$)/g;
const CLAUSE_END = /[!?。！？\n,、;；]|\.(?=\s|$)/g;

function bounds(text: string, at: number, ends: RegExp): { start: number; end: number } {
  let start = 0;
  ends.lastIndex = 0;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    if (m.index >= at) return { start, end: m.index + 1 };
    start = m.index + 1;
  }
  return { start, end: text.length };
}

export const sentenceAt = (text: string, at: number) => bounds(text, at, SENTENCE_END);

/** A text's sentences in order, by the same ends as sentenceAt (a closing quote or bracket stays with its sentence). */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    let end = m.index + 1;
    while (end < text.length && /["')\]」』）]/.test(text[end] as string)) end++;
    if (end > start) out.push({ start, end });
    start = end;
    SENTENCE_END.lastIndex = Math.max(SENTENCE_END.lastIndex, end);
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
export const clauseAt = (text: string, at: number) => bounds(text, at, CLAUSE_END);

/** Japanese question endings: ですか, ますか, でしょうか, ないか, のか, かな. */
const JA_QUESTION = /(?:[すたいうるのんだ]か(?:な|ね)?|でしょう)[。\s]*$/;

/** Whether the sentence around a match asks: it ends in ? or a Japanese question ending. */
export function asks(m: Match, within: 'sentence' | 'clause' = 'sentence'): boolean {
  const b = (within === 'clause' ? clauseAt : sentenceAt)(m.text, m.end - 1);
  const s = m.text.slice(b.start, b.end).trimEnd();
  return /[?？]$/.test(s) || JA_QUESTION.test(s);
}

const OPENS_SENTENCE = /(?:^|[.!?。！？\n]\s*)$/;
/** A clause opens at the start, after punctuation, or after a greeting or apology ("Sorry, driving"). */
const OPENS_CLAUSE = /(?:^|[.!?;:(\n。、！？]\s*|, |(?<![a-z])(?:sorry|hi|hey|hello|yeah|yes|ok|okay|oh|but|so|and|um|er|ごめん|すみません)[,!]? ?)$/;

/**
 * Whether a match opens its sentence or clause, where a subject may be left out ("Driving atm",
 * "Escalate this"). Tested on candidates only: a lookbehind in the pattern would slow every scan.
 */
export function opens(m: Match, unit: 'sentence' | 'clause'): boolean {
  return (unit === 'sentence' ? OPENS_SENTENCE : OPENS_CLAUSE).test(m.text.slice(0, m.start));
}

/** The clause's words before a match, for negation and subject tests. */
export function before(m: Match): string {
  return m.text.slice(clauseAt(m.text, m.start).start, m.start);
}
