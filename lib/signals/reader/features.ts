/**
 * What the reader sees of a message: words and word pairs for Latin script, character runs of
 * one to three for Japanese (which has no spaces to split on), and the marks people type when
 * they feel something (!!, ?!, …, capitals, emoji). Mixed-language text gets both. Each
 * feature is hashed into a fixed number of buckets, so the model is a flat table of weights.
 */
import { normalizeText } from '../../text/normalize';

export const BUCKETS = 1 << 18;

/** FNV-1a, 32 bits: small, fast, and stable across builds (the model is stored by bucket). */
export function bucket(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % BUCKETS;
}

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'cannot', "n't", 'without']);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u30fc々〆ヶ]+/gu;
const WORD = /[a-z0-9]+(?:'[a-z]+)?/g;
const EMOJI = /\p{Extended_Pictographic}/gu;

/** Folded as every text Kizuki matches is (width and case: ＡＢＣ！ and abc! read alike), curly apostrophes straightened, long runs shortened (soooo → soo). */
export function fold(text: string): string {
  return normalizeText(text).text.replace(/[’‘`]/g, "'").replace(/(.)\1{2,}/gu, '$1$1');
}

/** The features of one text, with repeats (the model weights each feature once). */
export function features(raw: string): string[] {
  const text = fold(raw);
  const out: string[] = [];
  // Latin words: unigrams, bigrams, and words read under a negation ("not … arrived").
  const words: string[] = [];
  for (const m of text.replace(CJK, ' | ').matchAll(WORD)) {
    const w = m[0];
    if (w.endsWith("n't")) words.push(w.slice(0, -3), "n't");
    else if (/^(?:cant|wont|dont|didnt|doesnt|isnt|wasnt|havent|hasnt|aint)$/.test(w)) words.push(w.replace(/nt$/, ''), "n't");
    else words.push(w);
  }
  let negated = 0;
  words.forEach((w, i) => {
    out.push(`w:${w}`);
    if (i > 0) out.push(`b:${words[i - 1]} ${w}`);
    if (negated > 0) out.push(`n:${w}`);
    negated = NEGATORS.has(w) ? 3 : negated - 1;
  });
  // Japanese runs: characters one to three at a time, the run's edges marked.
  for (const m of text.matchAll(CJK)) {
    const run = `^${m[0]}$`;
    for (let i = 0; i < run.length; i++) {
      if (i > 0 && i < run.length - 1) out.push(`c:${run[i]}`);
      if (i + 2 <= run.length) out.push(`c:${run.slice(i, i + 2)}`);
      if (i + 3 <= run.length) out.push(`c:${run.slice(i, i + 3)}`);
    }
  }
  // Marks of feeling.
  if (/!{2,}/.test(text)) out.push('p:!!');
  else if (text.includes('!')) out.push('p:!');
  if (/\?{2,}|\?!|!\?/.test(text)) out.push('p:?!');
  else if (text.includes('?')) out.push('p:?');
  if (/\.{3}|…/.test(text)) out.push('p:...');
  if (/\b[A-Z]{3,}\b/.test(raw.normalize('NFKC')) && /[a-z]/.test(raw)) out.push('p:CAPS');
  for (const m of text.matchAll(EMOJI)) out.push(`e:${m[0]}`);
  return out;
}

/** The hashed, deduplicated features of a text, each of weight 1/√n (long and short texts weigh alike). */
export function vector(text: string): { index: Uint32Array; value: number } {
  const seen = new Set<number>();
  for (const f of features(text)) seen.add(bucket(f));
  const index = Uint32Array.from(seen);
  return { index, value: index.length ? 1 / Math.sqrt(index.length) : 0 };
}
