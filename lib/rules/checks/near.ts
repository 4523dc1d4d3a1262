import { matcherFor, type EvalContext } from '../context';
import type { Check } from '../schema';
import { met, unmet, type CheckResult } from './types';

/** Wherever the anchor appears, the expected words must be within `within` characters of it. */
export function checkNear(near: NonNullable<Check['near']>, ctx: EvalContext, path: string): CheckResult {
  const anchors = ctx.draft.spans(matcherFor(ctx, near.anchor));
  if (anchors.length === 0) return met();
  const expected = ctx.draft.spans(matcherFor(ctx, near.expect));
  for (const a of anchors) {
    const close = expected.some((e) => e.start - a.end <= near.within && a.start - e.end <= near.within);
    if (!close) return unmet(ctx, `${path}: nothing expected within ${near.within} characters of "${a.phrase}"`, a);
  }
  return met();
}
