import { matcherFor, type EvalContext } from '../context';
import type { Check } from '../schema';
import { met, unmet, type CheckResult } from './types';

/**
 * "first" must come before "then": an apology before the explanation. Only the first
 * occurrence of each counts, because that is what the customer reads first.
 */
export function checkOrder(order: NonNullable<Check['order']>, ctx: EvalContext, path: string): CheckResult {
  const first = ctx.draft.spans(matcherFor(ctx, order.first))[0];
  const then = ctx.draft.spans(matcherFor(ctx, order.then))[0];
  if (!then) return first || !order.firstRequired ? met() : unmet(ctx, `${path}: "first" is missing`);
  if (!first) return unmet(ctx, `${path}: "${then.phrase}" comes with nothing before it`, then);
  return first.start <= then.start ? met() : unmet(ctx, `${path}: "${then.phrase}" comes before "${first.phrase}"`, then);
}
