import { z } from 'zod';
import type { CheckKind } from '../language/kinds';
import { MatcherSchema, type Matcher } from '../language/matcher';
import { met, unmet } from './shared';

interface OrderValue {
  first: Matcher;
  then: Matcher;
  firstRequired?: boolean;
}

declare module '../language/types' {
  interface CheckValues {
    order: OrderValue;
  }
}

/**
 * "first" must come before "then": an apology before the explanation. Only the first
 * occurrence of each counts, because that is what the customer reads first.
 */
export const orderCheck: CheckKind<OrderValue> = {
  key: 'order',
  schema: () => z.strictObject({ first: MatcherSchema, then: MatcherSchema, firstRequired: z.boolean().optional().meta({ description: 'Also prompt when "first" is missing altogether.' }) }),
  compile(value, compiler, path) {
    const firstM = compiler.matcher(value.first, `${path}.first`);
    const thenM = compiler.matcher(value.then, `${path}.then`);
    return (ctx) => {
      const first = ctx.draft.spans(firstM)[0];
      const then = ctx.draft.spans(thenM)[0];
      if (!then) return first || !value.firstRequired ? met() : unmet(ctx, `${path}: "first" is missing`);
      if (!first) return unmet(ctx, `${path}: "${then.phrase}" comes with nothing before it`, then);
      return first.start <= then.start ? met() : unmet(ctx, `${path}: "${then.phrase}" comes before "${first.phrase}"`, then);
    };
  },
  form: {
    label: { en: 'One thing before another', ja: '順序（先に A、次に B）' },
    help: { en: '"first" must come before "then" in the draft (an apology before the explanation); with firstRequired, also while "first" is missing.', ja: '下書きで「先に」が「その後に」より前に来る（説明の前にお詫び）。「先に来るべき内容がない場合も表示」では、ない間も表示。' },
    starter: { first: { lexicon: 'apology' }, then: { lexicon: 'explanation' } },
    docValue: '`{ "first", "then", "firstRequired" }`',
    field: {
      type: 'fields',
      fields: [
        { key: 'first', label: { en: 'First', ja: '先に' }, spec: { type: 'matcher' } },
        { key: 'then', label: { en: 'Then', ja: 'その後に' }, spec: { type: 'matcher' } },
        { key: 'firstRequired', label: { en: 'Also prompt when the first is missing', ja: '先に来るべき内容がない場合も表示' }, spec: { type: 'flag' }, optional: true },
      ],
    },
  },
};
