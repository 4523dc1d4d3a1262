import { RE2JS } from 're2js';
import type { Span } from './dictionary';

/**
 * Team-lead patterns run on RE2 (re2js): matching time is linear in the text whatever the
 * pattern, so no pattern can hang the support tool. Look-around and back-references are
 * refused at validation time with the rule id named.
 */
export type CompiledPattern = { source: string; re: RE2JS; native?: RegExp };

/**
 * RE2's syntax for the few places it differs from the browser's (Unicode scripts by bare
 * name), so a pattern Kizuki ships can also run on the browser's own engine.
 */
function toBrowserSyntax(source: string): string {
  return source.replace(/\\p\{(Hiragana|Katakana|Han|Latin|Greek|Cyrillic|Hangul)\}/g, '\\p{sc=$1}');
}

/**
 * `trusted`: a pattern Kizuki ships (reviewed, and tested to match as RE2 does) also gets the
 * browser's regex engine, many times faster than RE2 in JavaScript on every keystroke. A team
 * lead's pattern always runs on RE2.
 */
export function compilePattern(source: string, trusted = false): { ok: true; pattern: CompiledPattern } | { ok: false; reason: string } {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `Invalid or unsupported regular expression (RE2 syntax, no look-around or back-references): ${detail}` };
  }
  if (re.matcher('').find()) return { ok: false, reason: 'This pattern matches empty text, so it would match everywhere.' };
  return { ok: true, pattern: { source, re, ...(trusted ? nativeOf(source) : {}) } };
}

function nativeOf(source: string): { native?: RegExp } {
  try {
    return { native: new RegExp(toBrowserSyntax(source), 'giu') };
  } catch {
    return {}; // RE2-only syntax: RE2 it is
  }
}

/** At most this many matches per text: enough for any prompt, bounded for odd patterns. */
const MAX_MATCHES = 200;

export function findPattern(pattern: CompiledPattern, text: string): Span[] {
  const spans: Span[] = [];
  const native = pattern.native;
  if (native) {
    native.lastIndex = 0;
    for (let m = native.exec(text); m && spans.length < MAX_MATCHES; m = native.exec(text)) {
      if (m[0].length === 0) native.lastIndex++;
      else spans.push({ start: m.index, end: m.index + m[0].length, phrase: m[0] });
    }
    return spans;
  }
  const m = pattern.re.matcher(text);
  while (spans.length < MAX_MATCHES && m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) spans.push({ start, end, phrase: m.group() ?? pattern.source });
  }
  return spans;
}
