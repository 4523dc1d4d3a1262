import { parseTime } from '../conversation/normalize';
import { findTimeMentions, type TimeMention } from './time';
import { evidence, type Evidence, type SignalContext, type SignalKind, type TextView } from './types';

/** A customer's need tied to a time: a limit, a moment they need it, or urgency without a date. */
export interface TimeNeed {
  turnIndex: number;
  mention: TimeMention;
  evidence: Evidence;
}

export interface TimeNeeds {
  /** Every need the customer stated, oldest first. */
  needs: TimeNeed[];
  latest?: TimeNeed;
}

declare module './types' {
  interface SignalValues {
    timeNeeds: TimeNeeds;
  }
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/**
 * A moment ("on Thursday", 「明日」) is a need only when the sentence asks for something or says
 * what it is for; "I ordered on Monday" and 「昨日届きました」 are not.
 */
const NEED = /\b(need|needs|needed|want|wanted|must|have to|got to|gotta|please|could you|can you|would you|will it|would it|should arrive|in time|by|before|until|no later|asap|urgent|hoping|hope to|arrive|deliver|ship|send)\b|ほしい|欲しい|必要|間に合|までに|お願い|いただけ|できます|使いたい|使う|届け|届く|発送|送って|頂け|ください|下さい|急ぎ|至急/i;
const PAST = /\b(ordered|bought|purchased|paid|called|rang|emailed|wrote|sent|received|arrived|came|got|was|were|happened|yesterday|last)\b|しました|した$|でした|昨日|先日|先週/i;

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?。！？\n]*$/);
  const after = text.slice(end).search(/[.!?。！？\n]/);
  return text.slice(before, after === -1 ? undefined : end + after);
}

function mentionsIn(view: TextView, refMs: number, timeZone: string): TimeMention[] {
  const { text } = view;
  const langs: ('ja' | 'en')[] = JAPANESE.test(text) ? ['ja', 'en'] : ['en'];
  const found: TimeMention[] = [];
  for (const lang of langs) {
    for (const m of findTimeMentions(text, lang, { nowMs: refMs, timeZone })) {
      if (found.some((f) => f.start < m.end && m.start < f.end)) continue; // the other language's reading of the same words
      if (m.kind === 'at' && !m.event) {
        // A whole month in passing ("my invoice for March", 「3月分の請求書」) names what a thing is
        // for, not when it is needed; a month is a need only with a limit ("by the end of March").
        if (m.grain === 'month') continue;
        const sentence = sentenceAround(text, m.start, m.end);
        if (!NEED.test(sentence) || PAST.test(sentence)) continue;
      }
      found.push(m);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** When the customer wrote this turn: the reference for "tomorrow" and "by Friday". */
function writtenAt(ctx: SignalContext, i: number): number {
  return parseTime(ctx.conv.turns[i]?.at) ?? parseTime(ctx.conv.startedAt) ?? ctx.nowMs;
}

export const timeNeedsSignal: SignalKind<TimeNeeds> = {
  id: 'timeNeeds',
  doc: 'Deadlines and time needs in what the customer wrote, said outright (至急, "urgent") or tied to a day, a time or an event ("before my flight on Thursday", 「週明けの会議で使う」), each read as a date in the conversation\'s time zone.',
  compute(ctx) {
    const needs: TimeNeed[] = [];
    for (const i of ctx.customerTurns) {
      const view = ctx.turn(i);
      const ref = writtenAt(ctx, i);
      const mentions = view.memo(`timeNeeds@${ref}@${ctx.conv.timeZone}`, () => mentionsIn(view, ref, ctx.conv.timeZone));
      for (const mention of mentions) {
        needs.push({ turnIndex: i, mention, evidence: evidence({ phrase: mention.phrase, start: mention.start, end: mention.end }, 'customer', i)! });
      }
    }
    return needs.length ? { needs, latest: needs.at(-1) } : { needs };
  },
};
