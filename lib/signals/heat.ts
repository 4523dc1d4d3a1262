import type { Span } from '../text/dictionary';
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

export function turnHeat(view: TextView): { heat: number; found?: Found } {
  return view.memo('heat', () => {
    let heat = 0;
    let strongest = 0;
    let found: Found | undefined;
    for (const level of LEVELS) {
      const { weight } = HEAT_LEXICONS[level];
      const spans = view.lexicon(`heat.${level}`);
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
  });
}

export const heatSignal: SignalKind<Heat> = {
  id: 'heat',
  doc: "How upset each customer turn sounds, 0 calm … 10 furious: angry words weigh 3, frustrated ones 2, mild ones 1, plus exclamation runs and shouting.",
  lexicons: Object.fromEntries(LEVELS.map((level) => [level, HEAT_LEXICONS[level].lexicon])),
  compute(ctx) {
    const turns = ctx.customerTurns.map((turnIndex) => ({ turnIndex, ...turnHeat(ctx.turn(turnIndex)) }));
    const heats = turns.map((t) => t.heat);
    return { turns, last: heats.at(-1) ?? 0, recent: Math.max(0, ...heats.slice(-3)), max: Math.max(0, ...heats) };
  },
};
