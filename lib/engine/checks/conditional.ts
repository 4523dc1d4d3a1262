import { z } from 'zod';
import type { CheckKind } from '../language/kinds';
import { MatcherSchema, type Matcher } from '../language/matcher';
import { met, unmet } from './shared';

interface ConditionalValue {
  if: Matcher;
  then: Matcher;
}

declare module '../language/types' {
  interface CheckValues {
    conditional: ConditionalValue;
  }
}

/** If the draft says "if", it must also say "then" (a promised call-back needs a time). */
export const conditionalCheck: CheckKind<ConditionalValue> = {
  key: 'conditional',
  schema: () => z.strictObject({ if: MatcherSchema, then: MatcherSchema }),
  compile(value, compiler, path) {
    const ifM = compiler.matcher(value.if, `${path}.if`);
    const thenM = compiler.matcher(value.then, `${path}.then`);
    return (ctx) => {
      const cause = ctx.draft.spans(ifM)[0];
      if (!cause) return met();
      return ctx.draft.spans(thenM).length > 0 ? met() : unmet(ctx, `${path}: "${cause.phrase}" without "then"`, cause);
    };
  },
  form: {
    label: { en: 'If the draft says A, it also says B', ja: 'A を書いたら B も書く' },
    help: { en: 'If the draft contains "if", it must also contain "then".', ja: '下書きに「if」があれば「then」も必要。' },
    starter: { if: {} as Matcher, then: {} as Matcher },
    docValue: '`{ "if", "then" }`',
    field: {
      type: 'fields',
      fields: [
        { key: 'if', label: { en: 'If the draft contains', ja: '下書きにこれがあれば' }, spec: { type: 'matcher' } },
        { key: 'then', label: { en: 'it must also contain', ja: 'これも必要' }, spec: { type: 'matcher' } },
      ],
    },
  },
};
