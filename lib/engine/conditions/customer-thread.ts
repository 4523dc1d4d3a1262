import type { Matcher } from '../language/matcher';
import { inTurns, textCondition } from './shared';

declare module '../language/types' {
  interface WhenValues {
    customerThread: Matcher;
  }
}

export const customerThreadCondition = textCondition({
  key: 'customerThread',
  label: { en: 'Any customer message contains', ja: 'お客様のいずれかの発言に含まれる' },
  help: { en: "Any customer turn contains a match.", ja: 'お客様のいずれかの発言に一致する語句がある。' },
  find: (ctx, matcher, path) => inTurns(ctx, matcher, ctx.customerTurns, 'customer', path),
});
