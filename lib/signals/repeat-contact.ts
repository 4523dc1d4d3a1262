import { parseTime } from '../conversation/normalize';
import { REPEAT_LEXICON } from './lexicons';
import { evidence, type Evidence, type SignalKind } from './types';

declare module './types' {
  interface SignalValues {
    /** Why this reads as a repeat contact: the customer's words, or an earlier contact on file. */
    repeatContact: Evidence | undefined;
  }
}

export const REPEAT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export const repeatContactSignal: SignalKind<Evidence | undefined> = {
  id: 'repeatContact',
  doc: 'The customer is contacting again: they said so, or an earlier contact is on file from the 7 days before this one.',
  lexicons: { cue: REPEAT_LEXICON },
  compute(ctx) {
    for (const i of ctx.customerTurns) {
      const view = ctx.turn(i);
      const span = view.lexicon('repeatContact.cue')[0];
      if (span) return evidence(view.found(span), 'customer', i);
    }
    const { conv } = ctx;
    const anchorMs = parseTime(conv.startedAt) ?? parseTime(conv.turns[0]?.at) ?? ctx.nowMs;
    for (let i = 0; i < conv.history.length; i++) {
      const h = conv.history[i]!;
      const at = parseTime(h.startedAt);
      if (at === undefined || at > anchorMs || anchorMs - at > REPEAT_WINDOW_MS) continue;
      const phrase = h.summary ?? h.startedAt;
      return { phrase, source: 'history', turnIndex: i, start: 0, end: phrase.length };
    }
    return undefined;
  },
};
