import { matcherFor, type EvalContext } from '../context';
import type { Matcher } from '../schema';
import { met, unmet, type CheckResult } from './types';

/** The draft must not contain a match; the prompt points at the words to change. */
export function checkAbsent(m: Matcher, ctx: EvalContext, path: string): CheckResult {
  const span = ctx.draft.spans(matcherFor(ctx, m))[0];
  return span ? unmet(ctx, `${path}: the draft contains "${span.phrase}"`, span) : met();
}
