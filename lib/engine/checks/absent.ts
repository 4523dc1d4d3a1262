import type { CheckKind } from '../language/kinds';
import { MatcherSchema, type Matcher } from '../language/matcher';
import { met, unmet } from './shared';

declare module '../language/types' {
  interface CheckValues {
    absent: Matcher;
  }
}

/** The draft must not contain a match; the prompt points at the words to change. */
export const absentCheck: CheckKind<Matcher> = {
  key: 'absent',
  schema: () => MatcherSchema,
  compile(value, compiler, path) {
    const matcher = compiler.matcher(value, path);
    return (ctx) => {
      const span = ctx.draft.spans(matcher)[0];
      return span ? unmet(ctx, `${path}: the draft contains "${span.phrase}"`, span) : met();
    };
  },
  form: {
    label: { en: 'The draft must not contain', ja: '下書きに含めない' },
    help: { en: 'The draft must not contain a match (the prompt shows while it does, pointing at it).', ja: '下書きに一致する語句を含めない（含まれている間は表示し、その語句を示す）。' },
    starter: {} as Matcher, field: { type: 'matcher' }, docValue: 'a matcher',
  },
};
