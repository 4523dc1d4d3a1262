import type { Evidence } from '../../conversation/signals';
import type { Span } from '../match/dictionary';
import type { EvalContext } from '../context';

export interface CheckResult {
  /** The draft does what the rule asks: the prompt stays hidden (or is marked followed). */
  met: boolean;
  /** The words in the draft the prompt is about (the blamed phrase, the too-long sentence). */
  trigger?: Evidence;
  /** What is missing or wrong, for the test bench. */
  reason?: string;
}

export const met = (): CheckResult => ({ met: true });

export function unmet(ctx: EvalContext, reason: string, span?: Span): CheckResult {
  return span ? { met: false, reason, trigger: { ...ctx.draft.original(span), source: 'draft' } } : { met: false, reason };
}
