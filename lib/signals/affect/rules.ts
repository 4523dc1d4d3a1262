/** A phrase rule: a pattern over folded text and what it shows. Shared by both languages' phrase tables. */
import { clauseAround, matches } from './normalise';
import type { AffectKind, Heard, Span } from './types';

export interface Rule {
  kind: AffectKind;
  weight: number;
  re: RegExp;
  /** Praise that is sarcasm only inside a complaint. */
  ironic?: true;
  /** A check on the words around the match: true drops it (a hypothetical, a negation). */
  unless?: (text: string, at: Span) => boolean;
  /** Okurigana and endings that belong to the evidence (困 → 困っています), read after `unless`. */
  tail?: RegExp;
}

export const rule = (kind: AffectKind, weight: number, re: RegExp, extra: Partial<Rule> = {}): Rule => ({ kind, weight, re, ...extra });

export function runRules(rules: readonly Rule[], text: string, heard: Heard): void {
  for (const r of rules) {
    for (const m of matches(r.re, text)) {
      const at = { start: m.index, end: m.index + m[0].length };
      if (r.unless?.(text, at)) continue;
      if (r.tail) at.end += r.tail.exec(text.slice(at.end, at.end + 12))?.[0].length ?? 0;
      heard.hits.push({ kind: r.kind, weight: r.weight, ...at, ...(r.ironic ? { ironic: true } : {}) });
    }
  }
}

export function spans(re: RegExp, text: string): Span[] {
  return matches(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Each match with the words of its clause leading up to it (at most `reach` characters): the span a marker like と言って governs. */
export function leadingUp(re: RegExp, text: string, reach: number): Span[] {
  return spans(re, text).map((s) => ({ start: Math.max(s.start - reach, clauseAround(text, s.start).start), end: s.end }));
}

/**
 * A word that makes a failure persistent ("still", "again", 何度も, 全然) turns the report into
 * frustration: the evidence runs from the word to the failure. Only in the same clause, and
 * only shortly before (or, for English "again", after) it.
 */
export function persistence(text: string, heard: Heard, marker: RegExp, weightOf: (word: string) => number, reach = 24): void {
  for (const failure of heard.hits.filter((h) => h.kind === 'failure')) {
    const clause = clauseAround(text, failure.start, failure.end);
    const before = Math.max(clause.start, failure.start - reach);
    for (const m of matches(marker, text.slice(before, Math.min(clause.end, failure.end + reach)))) {
      const start = before + m.index;
      const end = start + m[0].length;
      const weight = weightOf(m[0]);
      if (weight > 0) heard.hits.push({ kind: 'frustration', weight, start: Math.min(start, failure.start), end: Math.max(end, failure.end) });
    }
  }
}

/**
 * Quoted words someone else said ("my manager said 'this is ridiculous'", 母が「最悪だ」と言って)
 * are not the customer's own: a quotation next to a verb of saying, or a Japanese one marked
 * by the quoting particle (「…」と, 「…」という), is shielded. What a screen shows is not speech:
 * "Payment declined" って出て is the failure itself.
 */
const QUOTED = /"[^"\n]{1,120}"|(?<=^|[\s(:])'[^'\n]{1,120}'(?=[\s.,!?;:)]|$)|「[^」\n]{1,120}」|『[^』\n]{1,120}』/g;
const SAID_BEFORE = /\b(?:said|says|say|saying|told me|wrote|writes|asked|goes|went|called it|was like|is like|reads|reading)\s*,?\s*:?\s*$/;
const SAID_AFTER = /^\s*(?:,?\s*(?:he|she|they|you|my \w+|the \w+) (?:said|says|wrote|told|put it)|(?:と|って|という|との)(?!(?:出|で[てる]|表示|なっ|なり|書かれ|表記|エラー|いう(?:エラー|表示|メッセージ))))/;
export function quotedSpeech(text: string): Span[] {
  return spans(QUOTED, text).filter((q) => SAID_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start)) || SAID_AFTER.test(text.slice(q.end, q.end + 20)));
}
