import { matcherFor, type EvalContext } from '../context';
import type { Matcher } from '../schema';
import { met, unmet, type CheckResult } from './types';

/** The draft must contain a match; the prompt shows until it does. */
export function checkExists(m: Matcher, ctx: EvalContext, path: string): CheckResult {
  return ctx.draft.spans(matcherFor(ctx, m)).length > 0 ? met() : unmet(ctx, `${path}: the draft has no match yet`);
}
