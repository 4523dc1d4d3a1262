import type { NormalizedConversation } from '../conversation/normalize';
import type { ConversationSignals, Evidence, EvidenceSource } from '../conversation/signals';
import type { CompiledMatcher, CompiledPack } from './compile';
import type { ScannedText } from './scanned';
import type { Matcher } from './schema';

/** Everything one evaluation needs; texts come from the evaluator's caches. */
export interface EvalContext {
  compiled: CompiledPack;
  conv: NormalizedConversation;
  signals: ConversationSignals;
  nowMs: number;
  turn(index: number): ScannedText;
  history(index: number): ScannedText;
  draft: ScannedText;
  customerTurns: number[];
  agentTurns: number[];
}

/** First match of a matcher in a text, as evidence in original offsets. */
export function firstEvidence(text: ScannedText, matcher: CompiledMatcher, source: EvidenceSource, turnIndex?: number): Evidence | undefined {
  const span = text.spans(matcher)[0];
  if (!span) return undefined;
  return { ...text.original(span), source, ...(turnIndex === undefined ? {} : { turnIndex }) };
}

export function matcherFor(ctx: EvalContext, m: Matcher): CompiledMatcher {
  const compiled = ctx.compiled.matcherOf.get(m);
  // compilePack() registers every matcher of the pack; a miss means the rule object was swapped.
  if (!compiled) throw new Error('Matcher was not compiled with this pack.');
  return compiled;
}
