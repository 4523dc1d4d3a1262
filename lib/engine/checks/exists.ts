import type { CheckKind } from '../language/kinds';
import { MatcherSchema, type Matcher } from '../language/matcher';
import { met, unmet } from './shared';

declare module '../language/types' {
  interface CheckValues {
    exists: Matcher;
  }
}

/** The draft must contain a match; the prompt shows until it does. */
export const existsCheck: CheckKind<Matcher> = {
  key: 'exists',
  schema: () => MatcherSchema,
  compile(value, compiler, path) {
    const matcher = compiler.matcher(value, path);
    return (ctx) => (ctx.draft.spans(matcher).length > 0 ? met() : unmet(ctx, `${path}: the draft has no match yet`));
  },
  form: {
    label: { en: 'The draft must contain', ja: '下書きに含める' },
    help: { en: 'The draft must contain a match (the prompt shows until it does).', ja: '下書きに一致する語句が必要（含まれるまで表示）。' },
    starter: {} as Matcher, field: { type: 'matcher' }, docValue: 'a matcher',
  },
};
