import type { Span } from '../text/dictionary';
import { readAffect, type TurnAffect } from './affect';
import { quotedSpeech } from './affect/rules';
import { HEAT_LEXICONS } from './lexicons';
import type { Found, SignalKind, TextView } from './types';

/** How upset one customer turn sounds: 0 calm … 10 furious. */
export interface TurnHeat {
  turnIndex: number;
  heat: number;
  /** The strongest reason for the heat, if any. */
  found?: Found;
}

export interface Heat {
  /** Each customer turn, oldest first. */
  turns: TurnHeat[];
  last: number;
  /** The hottest of the last three customer turns. */
  recent: number;
  max: number;
}

declare module './types' {
  interface SignalValues {
    heat: Heat;
  }
}

export const MAX_HEAT = 10;

const LEVELS = ['strong', 'medium', 'mild'] as const;

/** Exclamation runs and shouting add heat the phrases cannot see. */
function punctuationHeat(view: TextView): { heat: number; span?: Span } {
  const { norm } = view;
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

/** How the affect grammar grades a turn: once per turn. */
export function turnAffect(view: TextView): TurnAffect {
  return view.memo('affect', () => readAffect(view.text));
}

/** The word lists' heat: angry words, exclamation runs, shouting. */
function lexiconHeat(view: TextView): { heat: number; found?: Found } {
  let heat = 0;
  let strongest = 0;
  let found: Found | undefined;
  // Someone else's words, quoted ("a review saying 「最悪の店」"), are not this customer's heat.
  const quoted = quotedSpeech(view.norm.text);
  const own = (s: Span) => !quoted.some((q) => s.start < q.end && q.start < s.end);
  for (const level of LEVELS) {
    const { weight } = HEAT_LEXICONS[level];
    const spans = view.lexicon(`heat.${level}`).filter(own);
    if (spans.length === 0) continue;
    // Each distinct phrase counts once: "何度も何度も" is one complaint, not two.
    heat += weight * new Set(spans.map((s) => s.phrase)).size;
    if (weight > strongest) {
      strongest = weight;
      found = view.found(spans[0] as Span);
    }
  }
  const punct = punctuationHeat(view);
  if (!found && punct.span) found = view.found(punct.span);
  return { heat: Math.min(MAX_HEAT, heat + punct.heat), ...(found ? { found } : {}) };
}

/**
 * A turn's heat: the affect grammar's grade (intensifiers, negation, rhetorical questions,
 * failures, sarcasm, in either language), or the word lists' if they hear more.
 */
export function turnHeat(view: TextView): { heat: number; found?: Found } {
  return view.memo('heat', () => {
    const words = lexiconHeat(view);
    const affect = turnAffect(view);
    const e = affect.evidence[0];
    if (affect.score > words.heat && e) return { heat: Math.min(MAX_HEAT, affect.score), found: { phrase: e.phrase, start: e.start, end: e.end } };
    return words;
  });
}

export const heatSignal: SignalKind<Heat> = {
  id: 'heat',
  doc: 'How upset each customer turn sounds, 0 calm … 10 furious: graded by grammar (intensifiers, negation, rhetorical questions, failures, sarcasm, in Japanese and English), or by the angry-word lists, whichever hears more.',
  lexicons: Object.fromEntries(LEVELS.map((level) => [level, HEAT_LEXICONS[level].lexicon])),
  compute(ctx) {
    const turns = ctx.customerTurns.map((turnIndex) => ({ turnIndex, ...turnHeat(ctx.turn(turnIndex)) }));
    const heats = turns.map((t) => t.heat);
    return { turns, last: heats.at(-1) ?? 0, recent: Math.max(0, ...heats.slice(-3)), max: Math.max(0, ...heats) };
  },
};
