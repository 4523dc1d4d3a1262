import type { Span } from '../../text/dictionary';
import type { EvalContext } from '../context';
import type { CheckResult } from '../language/kinds';

export const met = (): CheckResult => ({ met: true });

export function unmet(ctx: EvalContext, reason: string, span?: Span): CheckResult {
  return span ? { met: false, reason, trigger: { ...ctx.draft.original(span), source: 'draft' } } : { met: false, reason };
}
