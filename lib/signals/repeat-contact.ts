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

/** When this contact began, the moment earlier contacts are measured back from. */
export const contactStartMs = (conv: { startedAt?: string; turns: readonly { at?: string }[] }, nowMs: number): number =>
  parseTime(conv.startedAt) ?? parseTime(conv.turns[0]?.at) ?? nowMs;

/** The customer is returning a call or message the company left them. */
const RETURNING_OUR_CALL = /\b(?:missed (?:a |your )?calls?\b[^.?!]{0,30}?\bfrom (?:you|your)|missed your call|(?:voicemail|message) from you|(?:you|someone(?: from [a-z' ]{1,30})?) (?:called|rang|phoned|tried (?:to )?(?:call|ring|reach)|left (?:me )?(?:a )?(?:voicemail|message))(?! (?:me )?(?:back|again))|returning (?:your|a|the) call|got (?:a |your )?(?:voicemail|message) from you)\b|(?:お電話|ご連絡|着信|留守電|留守番電話|お留守番電話)(?:を|が|に)?(?:いただ|頂|もら|あ(?:った|りまし)|入って|残って)|折り返し(?:の)?(?:お電話|電話|ご連絡)?(?:です|しました|させていただ|なんです|で(?:す|、))/i;
/** The agent thanks the customer for calling back. */
const THANKS_FOR_CALLING_BACK = /\b(?:thanks|thank you) (?:so much )?for (?:getting back to (?:us|me)|calling (?:us |me )?back|returning (?:our|my) call)|折り返し(?:の)?(?:お電話|ご連絡)?(?:を)?(?:いただき|頂き|ありがとう)/i;

export const repeatContactSignal: SignalKind<Evidence | undefined> = {
  id: 'repeatContact',
  doc: 'The customer is contacting again: they said so, or an earlier contact is on file from the 7 days before this one (unless they are returning a call the company made).',
  lexicons: { cue: REPEAT_LEXICON },
  compute(ctx) {
    for (const i of ctx.customerTurns) {
      const view = ctx.turn(i);
      const span = view.lexicon('repeatContact.cue')[0];
      if (span) return evidence(view.found(span), 'customer', i);
    }
    const { conv } = ctx;
    // Returning the company's own call ("I've got a missed call from you", 「お電話いただいてたみたいで」):
    // the contact on file is ours, not the customer having to come back.
    if (ctx.customerTurns.some((i) => RETURNING_OUR_CALL.test(ctx.turn(i).text)) || ctx.agentTurns.some((i) => THANKS_FOR_CALLING_BACK.test(ctx.turn(i).text))) return undefined;
    const anchorMs = contactStartMs(conv, ctx.nowMs);
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
