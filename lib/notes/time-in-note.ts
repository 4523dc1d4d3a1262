import { detectLang } from '../conversation/normalize';
import { findTimeMentions } from '../signals/time';

/** A time a note names ("call back tomorrow 3pm", 「明日15時に折り返し」), as a follow-up could be set for it. */
export interface NamedTime {
  phrase: string;
  at: number;
}

/**
 * The first future time the note's texts name, read with the conversation's time grammar (both
 * languages): a moment is the follow-up time, a limit ("by Friday") is its end. Times already
 * past and urgency without a date ("asap") offer nothing.
 */
export function timeNamedIn(texts: readonly string[], nowMs: number, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): NamedTime | null {
  for (const text of texts) {
    if (!text.trim()) continue;
    for (const mention of findTimeMentions(text, detectLang([text]), { nowMs, timeZone })) {
      if (!mention.interval) continue;
      const at = mention.kind === 'by' ? mention.interval.end : mention.interval.start;
      if (at > nowMs) return { phrase: mention.phrase, at };
    }
  }
  return null;
}
