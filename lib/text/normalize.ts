/**
 * Text normalisation for matching: NFKC (full-width letters → half-width, half-width kana →
 * full-width), then lower case. Done once per text; `starts`/`ends` map every UTF-16 unit of
 * the normalised text back to the original span it came from, so a prompt can point at the
 * agent's or customer's own words.
 */
export interface NormalizedText {
  original: string;
  text: string;
  /** For normalised unit i: start offset (in `original`) of the character it came from. */
  starts: Uint32Array;
  /** For normalised unit i: end offset (exclusive, in `original`) of that character. */
  ends: Uint32Array;
}

/** Combining marks (and the half-width kana voicing marks) belong to the character before. */
const COMBINING = /[\p{M}\uFF9E\uFF9F]/u;

/** Characters NFKC and lower-casing leave unchanged: skip the costly calls for them. */
function isStable(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x20 ||
    (code >= 0x21 && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e) ||
    (code >= 0x3041 && code <= 0x3096) || // hiragana
    (code >= 0x30a1 && code <= 0x30fa) || // katakana
    (code >= 0x4e00 && code <= 0x9fff) || // common kanji
    code === 0x3001 || code === 0x3002 || code === 0x30fc
  );
}

export function normalizeText(original: string): NormalizedText {
  const n = original.length;
  let out = '';
  // Normalised text is rarely longer than 2× (ligatures, ㍿); grow if it is.
  let starts = new Uint32Array(n + 8);
  let ends = new Uint32Array(n + 8);
  let len = 0;
  const push = (piece: string, start: number, end: number) => {
    if (len + piece.length > starts.length) {
      const size = Math.max(starts.length * 2, len + piece.length);
      const s2 = new Uint32Array(size);
      s2.set(starts);
      const e2 = new Uint32Array(size);
      e2.set(ends);
      starts = s2;
      ends = e2;
    }
    for (let k = 0; k < piece.length; k++) {
      starts[len] = start;
      ends[len] = end;
      len++;
    }
    out += piece;
  };

  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    if (isStable(code) && !(next >= 0x300 && COMBINING.test(original[i + 1] ?? ''))) {
      push(original[i] as string, i, i + 1);
      i++;
      continue;
    }
    if (code >= 0x41 && code <= 0x5a && !(next >= 0x300)) {
      push(String.fromCharCode(code + 32), i, i + 1);
      i++;
      continue;
    }
    // A cluster: one code point plus any combining marks after it.
    let end = i + ((code & 0xfc00) === 0xd800 && (next & 0xfc00) === 0xdc00 ? 2 : 1);
    while (end < n) {
      const cp = original.codePointAt(end) ?? 0;
      const ch = String.fromCodePoint(cp);
      if (!COMBINING.test(ch)) break;
      end += ch.length;
    }
    const piece = original.slice(i, end).normalize('NFKC').toLowerCase();
    push(piece, i, end);
    i = end;
  }
  return { original, text: out, starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/**
 * How many UTF-16 units two texts share from their start. The agent mostly types or deletes at
 * the end, where one text starts with the other: that is answered without a unit-by-unit walk.
 */
export function sharedPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  if (a.length <= b.length ? b.startsWith(a) : a.startsWith(b)) return limit;
  let common = 0;
  while (common < limit && a.charCodeAt(common) === b.charCodeAt(common)) common++;
  return common;
}

/**
 * Normalises `original` reusing an earlier normalisation of a text it shares a beginning
 * with (typing mostly changes the end). Normalisation works one character cluster at a time,
 * so every cluster that ends before the first changed character stays as it was; `same` is
 * how many normalised units the two results share.
 */
export function normalizeFrom(previous: NormalizedText, original: string): { norm: NormalizedText; same: number } {
  const common = sharedPrefixLength(previous.original, original);
  // Stop one character short: a combining mark typed next joins the character before it.
  const safe = common - 1;
  let same = 0;
  let lo = 0;
  let hi = previous.ends.length;
  // The clusters wholly before `safe` (ends are non-decreasing): binary search for their count.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((previous.ends[mid] as number) <= safe) lo = mid + 1;
    else hi = mid;
  }
  same = lo;
  if (same === 0) return { norm: normalizeText(original), same: 0 };
  const cut = previous.ends[same - 1] as number;
  const tail = normalizeText(original.slice(cut));
  const starts = new Uint32Array(same + tail.starts.length);
  const ends = new Uint32Array(same + tail.ends.length);
  starts.set(previous.starts.subarray(0, same));
  ends.set(previous.ends.subarray(0, same));
  for (let k = 0; k < tail.starts.length; k++) {
    starts[same + k] = (tail.starts[k] as number) + cut;
    ends[same + k] = (tail.ends[k] as number) + cut;
  }
  return { norm: { original, text: previous.text.slice(0, same) + tail.text, starts, ends }, same };
}

/** Maps a [start, end) span of the normalised text to the original text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (norm.text.length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), norm.text.length - 1);
  const e = Math.min(Math.max(end, s + 1), norm.text.length);
  return { start: norm.starts[s] ?? 0, end: norm.ends[e - 1] ?? norm.original.length };
}

/** Normalises a phrase the same way texts are, so phrases and texts meet in one form. */
export function normalizePhrase(phrase: string): string {
  return normalizeText(phrase).text.trim();
}

/** Maps a [start, end) span of the original text to the normalised text (the units it covers). */
export function toNormalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const first = (limit: number, of: Uint32Array) => {
    let lo = 0;
    let hi = of.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((of[mid] as number) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const s = Math.min(first(start + 1, norm.ends), norm.text.length);
  const e = Math.max(first(end, norm.starts), s);
  return { start: s, end: Math.min(e, norm.text.length) };
}
