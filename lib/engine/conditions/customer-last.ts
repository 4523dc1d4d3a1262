import type { Matcher } from '../language/matcher';
import { inTurns, no, textCondition } from './shared';

declare module '../language/types' {
  interface WhenValues {
    customerLast: Matcher;
  }
}

export const customerLastCondition = textCondition({
  key: 'customerLast',
  label: { en: "Customer's latest message contains", ja: 'お客様の最新の発言に含まれる' },
  help: { en: "The customer's latest turn contains a match.", ja: 'お客様の最新の発言に一致する語句がある。' },
  find: (ctx, matcher, path) => {
    const last = ctx.customerTurns.at(-1);
    return last === undefined ? no(`${path}: the customer has not written yet`) : inTurns(ctx, matcher, [last], 'customer', path);
  },
});
