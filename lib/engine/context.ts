import type { NormalizedConversation } from '../conversation/normalize';
import type { Evidence, EvidenceSource, SignalId, SignalValues } from '../signals/types';
import type { CompiledMatcher, CompiledPack } from './compile';
import type { ScannedText } from './scanned';

/** Everything one evaluation needs; texts and signals come from the session's caches. */
export interface EvalContext {
  readonly compiled: CompiledPack;
  readonly conv: NormalizedConversation;
  readonly nowMs: number;
  turn(index: number): ScannedText;
  history(index: number): ScannedText;
  readonly draft: ScannedText;
  readonly customerTurns: readonly number[];
  readonly agentTurns: readonly number[];
  signal<K extends SignalId>(id: K): SignalValues[K];
  /**
   * Answers of conditions that read neither the draft nor the clock, kept while the turns and the
   * situation stay the same (a live session clears it when they change). Absent: nothing is kept.
   */
  readonly stable?: Map<unknown, unknown>;
}

/** First match of a matcher in a text, as evidence in original offsets. */
export function firstEvidence(text: ScannedText, matcher: CompiledMatcher, source: EvidenceSource, turnIndex?: number): Evidence | undefined {
  const span = text.spans(matcher)[0];
  if (!span) return undefined;
  return { ...text.original(span), source, ...(turnIndex === undefined ? {} : { turnIndex }) };
}
