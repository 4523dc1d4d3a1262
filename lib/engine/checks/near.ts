import { z } from 'zod';
import type { CheckKind } from '../language/kinds';
import { MatcherSchema, type Matcher } from '../language/matcher';
import { met, unmet } from './shared';

interface NearValue {
  anchor: Matcher;
  expect: Matcher;
  within: number;
}

declare module '../language/types' {
  interface CheckValues {
    near: NearValue;
  }
}

/** Wherever the anchor appears, the expected words must be within `within` characters of it. */
export const nearCheck: CheckKind<NearValue> = {
  key: 'near',
  schema: () => z.strictObject({ anchor: MatcherSchema, expect: MatcherSchema, within: z.number().int().min(1).max(1000).meta({ description: 'Characters either side of the anchor.' }) }),
  compile(value, compiler, path) {
    const anchorM = compiler.matcher(value.anchor, `${path}.anchor`);
    const expectM = compiler.matcher(value.expect, `${path}.expect`);
    return (ctx) => {
      const anchors = ctx.draft.spans(anchorM);
      if (anchors.length === 0) return met();
      const expected = ctx.draft.spans(expectM);
      for (const a of anchors) {
        const close = expected.some((e) => e.start - a.end <= value.within && a.start - e.end <= value.within);
        if (!close) return unmet(ctx, `${path}: nothing expected within ${value.within} characters of "${a.phrase}"`, a);
      }
      return met();
    };
  },
  form: {
    label: { en: 'B close to A', ja: 'A の近くに B' },
    help: { en: 'Wherever "anchor" appears, "expect" must appear within the given number of characters.', ja: '「anchor」が出てきたら、指定の文字数以内に「expect」が必要。' },
    starter: { anchor: {} as Matcher, expect: {} as Matcher, within: 40 },
    docValue: '`{ "anchor", "expect", "within" }`',
    field: {
      type: 'fields',
      fields: [
        { key: 'anchor', label: { en: 'Wherever this appears', ja: 'これが出てきたら' }, spec: { type: 'matcher' } },
        { key: 'expect', label: { en: 'this must be near it', ja: '近くにこれが必要' }, spec: { type: 'matcher' } },
        { key: 'within', label: { en: 'Within (characters)', ja: '範囲（文字数）' }, spec: { type: 'number', min: 1, max: 1000 } },
      ],
    },
  },
};
