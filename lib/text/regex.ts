import { RE2JS } from 're2js';
import type { Span } from './dictionary';

/**
 * Team-lead patterns run on RE2 (re2js): matching time is linear in the text whatever the
 * pattern, so no pattern can hang the support tool. Look-around and back-references are
 * refused at validation time with the rule id named.
 */
export type CompiledPattern = { source: string; re: RE2JS };

export function compilePattern(source: string): { ok: true; pattern: CompiledPattern } | { ok: false; reason: string } {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `Invalid or unsupported regular expression (RE2 syntax, no look-around or back-references): ${detail}` };
  }
  if (re.matcher('').find()) return { ok: false, reason: 'This pattern matches empty text, so it would match everywhere.' };
  return { ok: true, pattern: { source, re } };
}

/** At most this many matches per text: enough for any prompt, bounded for odd patterns. */
const MAX_MATCHES = 200;

export function findPattern(pattern: CompiledPattern, text: string): Span[] {
  const spans: Span[] = [];
  const m = pattern.re.matcher(text);
  while (spans.length < MAX_MATCHES && m.find()) {
    const start = m.start();
    const end = m.end();
    if (end > start) spans.push({ start, end, phrase: m.group() ?? pattern.source });
  }
  return spans;
}
