import { DEADLINE_LEXICON } from './lexicons';
import { evidence, type Evidence, type SignalKind } from './types';

declare module './types' {
  interface SignalValues {
    /** The latest deadline or urgency the customer mentioned. */
    deadline: Evidence | undefined;
  }
}

export const deadlineSignal: SignalKind<Evidence | undefined> = {
  id: 'deadline',
  doc: 'The latest deadline or urgency the customer mentioned.',
  lexicons: { cue: DEADLINE_LEXICON },
  compute(ctx) {
    for (let k = ctx.customerTurns.length - 1; k >= 0; k--) {
      const i = ctx.customerTurns[k] as number;
      const view = ctx.turn(i);
      const span = view.lexicon('deadline.cue')[0];
      if (span) return evidence(view.found(span), 'customer', i);
    }
    return undefined;
  },
};
