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
  doc: 'The latest deadline, time need or urgency the customer mentioned (from their time needs, or an urgency word).',
  reads: ['timeNeeds'],
  lexicons: { cue: DEADLINE_LEXICON },
  compute(ctx) {
    const latest = ctx.signal('timeNeeds').latest;
    for (let k = ctx.customerTurns.length - 1; k >= 0; k--) {
      const i = ctx.customerTurns[k] as number;
      if (latest && latest.turnIndex >= i) return latest.evidence;
      const view = ctx.turn(i);
      const span = view.lexicon('deadline.cue')[0];
      if (span) return evidence(view.found(span), 'customer', i);
    }
    return latest?.evidence;
  },
};
