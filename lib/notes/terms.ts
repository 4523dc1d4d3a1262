/**
 * Tokenisation for the notes search index. Japanese has no spaces, so CJK text is indexed
 * as overlapping character bigrams (any substring of two or more characters is then found
 * by intersecting its bigrams); everything else is indexed as lowercase words, searched by
 * prefix. NFKC folds full-width Latin, half-width kana and compatibility forms first.
 */

// Han, kana, Hangul, the long-vowel mark and ideographic iteration marks.
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆ヶ]/u;
const RUN = /[\p{L}\p{N}\p{M}ー々〆]+/gu;
/** Longer words are cut: nobody types 40 characters of one word into a search box. */
const MAX_WORD = 40;
/**
 * Words are also indexed by their prefixes up to this length ("edge n-grams"), so a prefix
 * query is an exact index lookup, which the index returns newest-first (see search.ts).
 */
export const MAX_PREFIX = 6;

const CJK_SPACE_CJK = new RegExp(`(?<=${CJK_CHAR.source})\\s+(?=${CJK_CHAR.source})`, 'gu');

/**
 * NFKC + lowercase; whitespace between two CJK characters is dropped, because it is
 * spacing ("山田 花子"), not a word break, and agents search "山田花子".
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(CJK_SPACE_CJK, '');
}

export type Segment = { kind: 'cjk' | 'word'; text: string };

/** Splits normalised text into CJK runs and words, in order. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const [run] of normalise(text).matchAll(RUN)) {
    let start = 0;
    let cjk = CJK_CHAR.test(run[0]!);
    for (let i = 1; i <= run.length; i++) {
      const isCjk = i < run.length ? CJK_CHAR.test(run[i]!) : !cjk;
      if (isCjk !== cjk) {
        out.push({ kind: cjk ? 'cjk' : 'word', text: run.slice(start, i) });
        start = i;
        cjk = isCjk;
      }
    }
  }
  return out;
}

/**
 * Index terms of a text: words, CJK bigrams, and the last character of each CJK run as a
 * unigram, so a one-character query finds every note containing it by prefix over terms.
 */
export function indexTerms(...texts: string[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const seg of segments(text)) {
      if (seg.kind === 'word') {
        const word = seg.text.slice(0, MAX_WORD);
        terms.add(word);
        for (let n = 2; n < Math.min(word.length, MAX_PREFIX + 1); n++) terms.add(word.slice(0, n));
        continue;
      }
      const chars = Array.from(seg.text);
      for (let i = 0; i + 1 < chars.length; i++) terms.add(chars[i]! + chars[i + 1]!);
      terms.add(chars[chars.length - 1]!);
    }
  }
  return [...terms];
}

/**
 * One index lookup: an exact term, or (for one-character queries only, which no term
 * indexes exactly) every term starting with it.
 */
export type TermQuery = { term: string; prefix: boolean };

export interface ParsedQuery {
  lookups: TermQuery[];
  /** Query words longer than MAX_PREFIX: the index finds their first characters, the note must have the rest. */
  longWords: string[];
  /** CJK runs of three or more characters: their bigrams may be scattered, so results are re-checked. */
  phrases: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const lookups: TermQuery[] = [];
  const longWords: string[] = [];
  const phrases: string[] = [];
  for (const seg of segments(query)) {
    if (seg.kind === 'word') {
      const word = seg.text.slice(0, MAX_WORD);
      lookups.push({ term: word.slice(0, MAX_PREFIX), prefix: word.length === 1 });
      if (word.length > MAX_PREFIX) longWords.push(word);
      continue;
    }
    const chars = Array.from(seg.text);
    if (chars.length === 1) {
      lookups.push({ term: chars[0]!, prefix: true });
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++) lookups.push({ term: chars[i]! + chars[i + 1]!, prefix: false });
    if (chars.length > 2) phrases.push(seg.text);
  }
  return { lookups: dedupe(lookups), longWords, phrases };
}

function dedupe(lookups: TermQuery[]): TermQuery[] {
  const seen = new Set<string>();
  return lookups.filter((l) => {
    const key = `${l.prefix ? 1 : 0}${l.term}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The text a note is searched by; `phrases` are checked against it. */
export function searchableText(note: { body: string; fields: { need: string; promised: string }; tags: string[]; customerName?: string }): string {
  return [note.body, note.fields.need, note.fields.promised, note.tags.join(' '), note.customerName ?? ''].join('\n');
}

/**
 * A guess at how few notes hold a term, to choose which index to walk without counting
 * (a count reads every matching entry). Kanji and katakana pairs are rarer than kana
 * grammar ("され", "ます"); longer words are rarer than short ones.
 */
export function rarity(term: string): number {
  if (/\p{Script=Han}/u.test(term)) return 50;
  if (/\p{Script=Katakana}/u.test(term)) return 40;
  if (CJK_CHAR.test(term)) return 10;
  return 10 + term.length * 4;
}
