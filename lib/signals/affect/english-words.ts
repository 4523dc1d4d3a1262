/**
 * VADER's word rules over the compact lexicon: degree adverbs within three words before a
 * word raise or lower it (scaled 1, 0.95, 0.9 by distance), a negator within three words
 * flips it (×−0.74), "least" flips it unless "at least", "kind of" dampens. A negated
 * praise word ("not happy", "that's not fair") is upset; a negated upset word ("not angry")
 * is not. Capitals, exclamation marks and "but" are the scorer's, for both languages.
 */
import { BOOST, BOOSTERS, isNegator, LEXICON, NEGATION_SCALAR, type Word } from './english-lexicon';
import { endsClause, hypothetical } from './normalise';
import type { Heard } from './types';

interface Token { word: string; start: number; end: number; clause: number }

const WORD = /[a-z]+(?:'[a-z]+)*/g;
/** Besides the clause ends, these also stop a negator or booster reaching the next word. */
const BREAKS = new Set([...':()"'].map((c) => c.charCodeAt(0)));
const breaksBetween = (text: string, from: number, to: number) => {
  for (let i = from; i < to; i++) if (endsClause(text.charCodeAt(i)) || BREAKS.has(text.charCodeAt(i))) return true;
  return false;
};
/** Upset words weigh by kind over VADER's valence: anger is hotter than frustration at equal valence. */
const KIND_BONUS = { anger: 1.5, frustration: 0.5, distress: 0.3, pushback: 2 } as const;
const SCALE = 1.4;
/** "that's not fair" argues with what the agent said; "I'm not happy" describes the customer. */
const ABOUT_THAT = /\b(?:that|this|which|it)(?:'s| is| was)?\b[^.!?]*$/;
/** An upset word in a clause that only supposes ("doesn't want to ring it if it's a scam") weighs this much. */
const SUPPOSED = 0.3;
/** Words that are upset only about a person ("I'm mad", "it makes me mad"); "work's been mad" is only busy. */
const ABOUT_A_PERSON = new Set(['mad']);
const PERSON = new Set(['i', "i'm", 'im', 'me', 'we', "we're", 'us', 'am']);
const personBefore = (toks: Token[], i: number) => {
  for (let back = 1; back <= 4 && i - back >= 0; back++) if (PERSON.has(toks[i - back]!.word)) return true;
  return false;
};

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let clause = 0;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (m[0] === 'but' || breaksBetween(text, last, m.index)) clause++;
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length, clause });
    last = m.index + m[0].length;
  }
  return out;
}

function modified(toks: Token[], i: number, entry: Word): { valence: number; from: number } {
  let valence = entry.valence;
  let from = i;
  const sign = Math.sign(valence);
  for (let back = 1; back <= 3; back++) {
    const prev = toks[i - back];
    if (!prev || prev.clause !== toks[i]!.clause) break;
    const boost = BOOSTERS.get(prev.word);
    if (boost !== undefined) {
      valence += sign * boost * (back === 1 ? 1 : back === 2 ? 0.95 : 0.9);
      from = i - back;
    }
    if (isNegator(prev.word)) {
      valence *= NEGATION_SCALAR;
      from = i - back;
    }
    if (prev.word === 'least' && toks[i - back - 1]?.word !== 'at') valence *= NEGATION_SCALAR;
    if (prev.word === 'of' && ['kind', 'sort'].includes(toks[i - back - 1]?.word ?? '')) valence -= sign * BOOST;
  }
  return { valence, from };
}

export function hearEnglishWords(text: string, heard: Heard): void {
  const toks = tokens(text);
  toks.forEach((tok, i) => {
    const entry = LEXICON.get(tok.word);
    if (!entry) return;
    const { valence, from } = modified(toks, i, entry);
    const start = toks[from]!.start;
    if (valence > 0) {
      if (entry.kind === 'positive') heard.calm.push({ start, end: tok.end });
      return;
    }
    if (valence === 0) return;
    if (ABOUT_A_PERSON.has(tok.word) && !personBefore(toks, i)) return;
    const supposed = hypothetical(text, toks[from]!) ? SUPPOSED : 1;
    const kind: keyof typeof KIND_BONUS = entry.kind !== 'positive' ? entry.kind : ABOUT_THAT.test(text.slice(0, start)) ? 'pushback' : 'frustration';
    heard.hits.push({ kind, weight: (-valence * SCALE + KIND_BONUS[kind]) * supposed, start, end: tok.end });
  });
}
