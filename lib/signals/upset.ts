import { evidence, type Evidence, type SignalKind } from './types';

export interface Upset {
  /** The customer sounds upset in one of their last three turns. */
  upset: boolean;
  /** The phrase that showed it, in the hottest recent turn. */
  evidence?: Evidence;
}

declare module './types' {
  interface SignalValues {
    upset: Upset;
  }
}

/** Heat at which a turn reads as upset. */
export const UPSET_HEAT = 3;

export const upsetSignal: SignalKind<Upset> = {
  id: 'upset',
  doc: `The customer sounds upset (heat ${UPSET_HEAT} or more) in one of their last three turns, with the words that showed it.`,
  reads: ['heat'],
  compute(ctx) {
    const recent = ctx.signal('heat').turns.slice(-3);
    if (!recent.some((t) => t.heat >= UPSET_HEAT)) return { upset: false };
    const hottest = recent.filter((t) => t.heat >= UPSET_HEAT && t.found).at(-1);
    const found = hottest && evidence(hottest.found, 'customer', hottest.turnIndex);
    return found ? { upset: true, evidence: found } : { upset: true };
  },
};
