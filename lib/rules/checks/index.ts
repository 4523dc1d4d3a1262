import type { EvalContext } from '../context';
import type { Check } from '../schema';
import { checkAbsent } from './absent';
import { checkConditional } from './conditional';
import { checkExists } from './exists';
import { checkMetric } from './metric';
import { checkNear } from './near';
import { checkOrder } from './order';
import type { CheckResult } from './types';

export type { CheckResult } from './types';

/** The check types a pack may use, one file each. Keep in step with CheckSchema. */
export const CHECK_TYPES = ['exists', 'absent', 'order', 'conditional', 'near', 'metric', 'all', 'any'] as const;

export function runCheck(check: Check, ctx: EvalContext, path: string): CheckResult {
  if (check.exists) return checkExists(check.exists, ctx, `${path}.exists`);
  if (check.absent) return checkAbsent(check.absent, ctx, `${path}.absent`);
  if (check.order) return checkOrder(check.order, ctx, `${path}.order`);
  if (check.conditional) return checkConditional(check.conditional, ctx, `${path}.conditional`);
  if (check.near) return checkNear(check.near, ctx, `${path}.near`);
  if (check.metric) return checkMetric(check.metric, ctx, `${path}.metric`);
  if (check.all) {
    for (let i = 0; i < check.all.length; i++) {
      const r = runCheck(check.all[i] as Check, ctx, `${path}.all[${i}]`);
      if (!r.met) return r;
    }
    return { met: true };
  }
  if (check.any) {
    let firstUnmet: CheckResult | undefined;
    for (let i = 0; i < check.any.length; i++) {
      const r = runCheck(check.any[i] as Check, ctx, `${path}.any[${i}]`);
      if (r.met) return r;
      firstUnmet ??= r;
    }
    return firstUnmet ?? { met: true };
  }
  return { met: true };
}
