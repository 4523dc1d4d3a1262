import { PROMISE_LEXICON } from './lexicons';
import { evidence, type Evidence, type SignalKind, type TextView } from './types';

declare module './types' {
  interface SignalValues {
    /** Promises in the agent's sent turns, then in the draft. */
    promises: Evidence[];
  }
}

function promiseIn(view: TextView) {
  const span = view.lexicon('promises.promise')[0];
  return span ? view.found(span) : undefined;
}

export const promisesSignal: SignalKind<Evidence[]> = {
  id: 'promises',
  doc: 'What the agent promised to do later (a call-back, an email), in sent turns and in the draft.',
  volatile: { draft: true },
  lexicons: { promise: PROMISE_LEXICON },
  compute(ctx) {
    const found: Evidence[] = [];
    for (const i of ctx.agentTurns) {
      const p = evidence(promiseIn(ctx.turn(i)), 'agent', i);
      if (p) found.push(p);
    }
    const draft = ctx.conv.draft.trim() ? evidence(promiseIn(ctx.draft), 'draft') : undefined;
    return draft ? [...found, draft] : found;
  },
};
