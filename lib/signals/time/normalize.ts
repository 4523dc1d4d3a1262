/**
 * Rewrites the text so the grammars see one spelling of each number: full-width ASCII becomes
 * half-width (１５時 → 15時), and kanji numerals that count time become digits (十二月二十五日
 * → 12月25日). `map` keeps every normalised position's offset in the original text, so a
 * mention still points at the customer's own words.
 */

export interface Normalized {
  text: string;
  /** map[i] = offset in the original of normalised char i; map[text.length] = original length. */
  map: number[];
}

const KANJI_DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const KANJI_RUN = /[〇零一二三四五六七八九十百]+/y;
/** Only numerals followed by a time counter are numbers here; 一緒 or 九州 are words. */
const COUNTER = /^(?:時|分|日|月|週|年|ヶ月|か月|カ月|ヵ月|箇月)/;
/**
 * Readings where the numeral is part of a word: 一日中 (all day), 一日も早く (an urgency
 * idiom the asap grammar reads whole), 一時的/一時停止 (temporary), 十分 (enough) unless it
 * follows an hour or counts minutes (3時十分, 十分後).
 */
const WORDLIKE = /^(?:一日中|一日も|一時(?:的|停止|保留|帰国)|十分(?!後|以内|前|ほど|くらい|ぐらい))/;

/** The value of a kanji numeral: positional with 十/百 (二十五), digit by digit without (二〇二五). */
export function kanjiValue(run: string): number {
  if (!/[十百]/.test(run)) {
    let v = 0;
    for (const ch of run) v = v * 10 + (KANJI_DIGIT[ch] ?? 0);
    return v;
  }
  let total = 0;
  let cur = 0;
  for (const ch of run) {
    if (ch === '十' || ch === '百') {
      total += (cur || 1) * (ch === '十' ? 10 : 100);
      cur = 0;
    } else {
      cur = cur * 10 + (KANJI_DIGIT[ch] ?? 0);
    }
  }
  return total + cur;
}

/** Anything normalize would touch: kanji numerals, full-width ASCII, the ideographic space. */
const TOUCHED = /[〇零一二三四五六七八九十百\uff01-\uff5e\u3000]/g;

export function normalize(original: string): Normalized {
  const map: number[] = [];
  let text = '';
  let i = 0;
  TOUCHED.lastIndex = 0;
  // Copy untouched stretches whole; most messages have few or no characters to rewrite.
  for (let m = TOUCHED.exec(original); m; m = TOUCHED.exec(original)) {
    if (m.index < i) continue;
    text += original.slice(i, m.index);
    for (let k = i; k < m.index; k++) map.push(k);
    i = m.index;
    KANJI_RUN.lastIndex = i;
    const run = KANJI_RUN.exec(original);
    if (run) {
      const end = i + run[0].length;
      const afterHour = original[i - 1] === '時';
      const wordlike = WORDLIKE.test(original.slice(i, i + 5)) && !(afterHour && run[0] === '十');
      if (run[0].length <= 6 && COUNTER.test(original.slice(end, end + 3)) && !wordlike) {
        const digits = String(kanjiValue(run[0]));
        for (let k = 0; k < digits.length; k++) map.push(i);
        text += digits;
      } else {
        // Not a number (一緒, 九州): copied as it is.
        for (let k = i; k < end; k++) map.push(k);
        text += run[0];
      }
      i = end;
    } else {
      const code = original.charCodeAt(i);
      // Full-width ASCII (！ to ～) sits 0xFEE0 above ASCII; the ideographic space is a space.
      text += code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
      map.push(i);
      i++;
    }
    TOUCHED.lastIndex = i;
  }
  text += original.slice(i);
  for (let k = i; k < original.length; k++) map.push(k);
  map.push(original.length);
  return { text, map };
}

/** The original offsets of the normalised span [s, e). */
export function originalSpan(n: Normalized, s: number, e: number): { start: number; end: number } {
  return { start: n.map[s] ?? 0, end: n.map[e] ?? n.map[n.map.length - 1] ?? 0 };
}
