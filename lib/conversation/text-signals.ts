import { PhraseDictionary, withoutExcepted, type Span } from '../rules/match/dictionary';
import { normalizeText, toOriginalSpan, type NormalizedText } from '../rules/match/normalize';
import { DEADLINE_LEXICON, HEAT_LEXICONS, PROMISE_LEXICON, REPEAT_LEXICON, type SignalLexicon } from './lexicons';

/** Where a phrase was found, in offsets of the ORIGINAL text. */
export interface Found {
  phrase: string;
  start: number;
  end: number;
}

/** What one text (a turn or the draft) says on its own. Computed once per text. */
export interface TextSignals {
  /** 0 calm … 10 furious. */
  heat: number;
  /** The strongest reason for the heat, if any. */
  heatFound?: Found;
  deadline?: Found;
  repeat?: Found;
  promise?: Found;
}

export const MAX_HEAT = 10;
export const UPSET_HEAT = 3;

type Group = 'deadline' | 'repeat' | 'promise' | `heat${number}`;
const groups: { group: Group; lexicon: SignalLexicon; weight: number }[] = [
  ...HEAT_LEXICONS.map((h, i) => ({ group: `heat${i}` as Group, lexicon: h.lexicon, weight: h.weight })),
  { group: 'deadline', lexicon: DEADLINE_LEXICON, weight: 0 },
  { group: 'repeat', lexicon: REPEAT_LEXICON, weight: 0 },
  { group: 'promise', lexicon: PROMISE_LEXICON, weight: 0 },
];

let dictionary: PhraseDictionary | undefined;
/** Built on first use: tag 2k = phrases of group k, tag 2k+1 = its except phrases. */
function signalDictionary(): PhraseDictionary {
  if (dictionary) return dictionary;
  const d = new PhraseDictionary();
  groups.forEach((g, k) => {
    for (const p of g.lexicon.phrases) d.add(p, 2 * k);
    for (const p of g.lexicon.except ?? []) d.add(p, 2 * k + 1);
  });
  d.build();
  dictionary = d;
  return d;
}

function found(norm: NormalizedText, span: Span): Found {
  const { start, end } = toOriginalSpan(norm, span.start, span.end);
  return { phrase: norm.original.slice(start, end), start, end };
}

/** Exclamation runs and shouting add heat the lexicon cannot see. */
function punctuationHeat(norm: NormalizedText): { heat: number; span?: Span } {
  let heat = 0;
  let span: Span | undefined;
  const run = /!{2,}|[!?]{3,}|\?!|!\?/.exec(norm.text);
  if (run) {
    heat += 2;
    span = { start: run.index, end: run.index + run[0].length, phrase: run[0] };
  } else if (norm.text.includes('!')) heat += 1;
  const shouted = norm.original.match(/\b[A-Z]{3,}\b/g);
  if (shouted && shouted.length >= 2) heat += 1;
  return { heat, span };
}

export function scanTextSignals(norm: NormalizedText): TextSignals {
  const hits = signalDictionary().scan(norm);
  const signals: TextSignals = { heat: 0 };
  let strongest = 0;
  groups.forEach((g, k) => {
    const spans = withoutExcepted(hits.get(2 * k) ?? [], hits.get(2 * k + 1));
    const first = spans[0];
    if (!first) return;
    if (g.group === 'deadline' || g.group === 'repeat' || g.group === 'promise') {
      signals[g.group] = found(norm, first);
      return;
    }
    // Each distinct phrase counts once: "何度も何度も" is one complaint, not two.
    const distinct = new Set(spans.map((s) => s.phrase));
    signals.heat += g.weight * distinct.size;
    if (g.weight > strongest) {
      strongest = g.weight;
      signals.heatFound = found(norm, first);
    }
  });
  const punct = punctuationHeat(norm);
  signals.heat = Math.min(MAX_HEAT, signals.heat + punct.heat);
  if (!signals.heatFound && punct.span) signals.heatFound = found(norm, punct.span);
  return signals;
}

/** Convenience for callers holding raw text. */
export function textSignals(text: string): TextSignals {
  return scanTextSignals(normalizeText(text));
}
