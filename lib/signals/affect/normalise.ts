/**
 * Folding with an offset map: the readers match one lower-case, NFKC-width form (ＯＫ → ok,
 * ｱﾌﾟﾘ → アプリ, ’ → '), and every folded code unit remembers which original characters it
 * came from, so evidence points at the customer's own words. Self-contained on purpose: the
 * module must not depend on the rest of Kizuki (lib/text has its own normaliser for rules).
 */

export interface Folded {
  readonly original: string;
  readonly text: string;
  /** For each folded code unit, the original [start, end) it came from; null when folding kept every offset. */
  readonly from: Int32Array | null;
  readonly to: Int32Array | null;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\uFF07]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\uFF02]/;
/** Half-width voiced marks combine with the kana before them, so the pair folds as one. */
const isHalfwidthMark = (code: number) => code === 0xff9e || code === 0xff9f;

function foldChar(chunk: string, code: number): string {
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : chunk;
  // Kana and kanji are already in their folded form; skipping NFKC keeps the common case fast.
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff)) return chunk;
  if (SINGLE_QUOTES.test(chunk)) return "'";
  if (DOUBLE_QUOTES.test(chunk)) return '"';
  if (code === 0x3000) return ' ';
  if (code === 0x2026) return '…';
  if (code === 0xff5e || code === 0x301c) return '〜';
  return chunk.normalize('NFKC').toLowerCase();
}

/** Characters that fold to themselves or to their lower case, one for one (ASCII, kana, kanji, 、。). */
const PLAIN = /^[\t\n\r\u0020-\u007e\u3001-\u3002\u3040-\u30ff\u4e00-\u9fff]*$/;

export function fold(original: string): Folded {
  // The common case needs no per-character work and no map: offsets are unchanged.
  if (PLAIN.test(original)) {
    return { original, text: original.toLowerCase(), from: null, to: null };
  }
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < original.length) {
    const code = original.codePointAt(i) ?? 0;
    let size = code > 0xffff ? 2 : 1;
    if (isHalfwidthMark(original.charCodeAt(i + size))) size += 1;
    const out = foldChar(original.slice(i, i + size), code);
    for (let k = 0; k < out.length; k++) {
      from.push(i);
      to.push(i + size);
    }
    text += out;
    i += size;
  }
  return { original, text, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The original [start, end) behind folded [start, end). */
export function toOriginal(folded: Folded, start: number, end: number): { start: number; end: number } {
  if (!folded.from || !folded.to) return { start, end: Math.max(start, end) };
  if (end <= start) return { start: folded.from[start] ?? folded.original.length, end: folded.from[start] ?? folded.original.length };
  return { start: folded.from[start] ?? 0, end: folded.to[end - 1] ?? folded.original.length };
}

/** Where the clause holding `at` begins and ends: negation and intensifiers do not cross these. */
const CLAUSE_END = new Set([...'.!?;。！？\n、,…'].map((c) => c.charCodeAt(0)));
export const endsClause = (code: number) => CLAUSE_END.has(code);
export function clauseAround(text: string, at: number, end = at): { start: number; end: number } {
  let s = at;
  while (s > 0 && !CLAUSE_END.has(text.charCodeAt(s - 1))) s--;
  let e = end;
  while (e < text.length && !CLAUSE_END.has(text.charCodeAt(e))) e++;
  return { start: s, end: e };
}

/** A clause that states a possibility, not a report ("if it's a scam", "what if it doesn't arrive?"). */
const HYPOTHETICAL = /\b(?:if|unless|in case|whether|what if|suppose|in the event|otherwise|hopefully|make sure)\b/;
export const hypothetical = (text: string, at: { start: number }) => HYPOTHETICAL.test(text.slice(clauseAround(text, at.start).start, at.start));

/** Every non-empty match of a global pattern (an array, not a generator: this runs ~100 times a turn). */
const NONE: readonly RegExpExecArray[] = Object.freeze([]);
export function matches(re: RegExp, text: string): readonly RegExpExecArray[] {
  let found: RegExpExecArray[] | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else (found ??= []).push(m);
  }
  // Most patterns find nothing in most turns: no array for them.
  return found ?? NONE;
}
