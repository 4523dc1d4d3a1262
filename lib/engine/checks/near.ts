import { z } from 'zod';
import type { CheckKind } from '../language/kinds';
import { MatcherSchema, type Matcher } from '../language/matcher';
import { sentenceEnds } from '../../text/segment';
import { met, unmet } from './shared';

interface NearValue {
  anchor: Matcher;
  expect: Matcher;
  within: number;
  /** Also met when the expected words are anywhere in the anchor's sentence ("I'll check with the team and message you back by 3pm today"). */
  sameSentence?: boolean;
}

declare module '../language/types' {
  interface CheckValues {
    near: NearValue;
  }
}

/** Wherever the anchor appears, the expected words must be within `within` characters of it (or, with `sameSentence`, in its sentence). */
export const nearCheck: CheckKind<NearValue> = {
  key: 'near',
  schema: () => z.strictObject({ anchor: MatcherSchema, expect: MatcherSchema, within: z.number().int().min(1).max(1000).meta({ description: 'Characters either side of the anchor.' }), sameSentence: z.boolean().optional().meta({ description: 'Also met anywhere in the anchor\'s sentence.' }) }),
  compile(value, compiler, path) {
    const anchorM = compiler.matcher(value.anchor, `${path}.anchor`);
    const expectM = compiler.matcher(value.expect, `${path}.expect`);
    return (ctx) => {
      const anchors = ctx.draft.spans(anchorM);
      if (anchors.length === 0) return met();
      const expected = ctx.draft.spans(expectM);
      const ends = value.sameSentence && expected.length ? sentenceEnds(ctx.draft.norm.text) : undefined;
      const sentenceOf = (at: number) => ends!.findIndex((end) => at < end);
      for (const a of anchors) {
        const close = expected.some((e) => (e.start - a.end <= value.within && a.start - e.end <= value.within) || (ends !== undefined && sentenceOf(e.start) === sentenceOf(a.start)));
        if (!close) return unmet(ctx, `${path}: nothing expected within ${value.within} characters of "${a.phrase}"${value.sameSentence ? ' or in its sentence' : ''}`, a);
      }
      return met();
    };
  },
  form: {
    label: { en: 'B close to A', ja: 'A の近くに B' },
    help: { en: 'Wherever "anchor" appears, "expect" must appear within the given number of characters (or, if ticked, anywhere in the same sentence).', ja: '「anchor」が出てきたら、指定の文字数以内（指定すれば同じ文の中）に「expect」が必要。' },
    starter: { anchor: {} as Matcher, expect: {} as Matcher, within: 40 },
    docValue: '`{ "anchor", "expect", "within", "sameSentence"? }`',
    field: {
      type: 'fields',
      fields: [
        { key: 'anchor', label: { en: 'Wherever this appears', ja: 'これが出てきたら' }, spec: { type: 'matcher' } },
        { key: 'expect', label: { en: 'this must be near it', ja: '近くにこれが必要' }, spec: { type: 'matcher' } },
        { key: 'within', label: { en: 'Within (characters)', ja: '範囲（文字数）' }, spec: { type: 'number', min: 1, max: 1000 } },
        { key: 'sameSentence', label: { en: 'or anywhere in the same sentence', ja: 'または同じ文の中' }, optional: true, spec: { type: 'flag' } },
      ],
    },
  },
};
