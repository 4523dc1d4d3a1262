import { matcherFor, type EvalContext } from '../context';
import type { Check } from '../schema';
import { met, unmet, type CheckResult } from './types';

/** If the draft says "if", it must also say "then" (a promised call-back needs a time). */
export function checkConditional(cond: NonNullable<Check['conditional']>, ctx: EvalContext, path: string): CheckResult {
  const cause = ctx.draft.spans(matcherFor(ctx, cond.if))[0];
  if (!cause) return met();
  return ctx.draft.spans(matcherFor(ctx, cond.then)).length > 0 ? met() : unmet(ctx, `${path}: "${cause.phrase}" without "then"`, cause);
}
