import { firstEvidence } from '../context';
import type { Matcher } from '../language/matcher';
import { no, textCondition, yes } from './shared';

declare module '../language/types' {
  interface WhenValues {
    draft: Matcher;
  }
}

export const draftCondition = textCondition({
  key: 'draft',
  label: { en: 'The draft contains', ja: '下書きに含まれる' },
  help: { en: "The reply being written contains a match.", ja: '作成中の返信に一致する語句がある。' },
  volatile: { draft: true },
  draftThroughMatchers: true,
  find: (ctx, matcher, path) => {
    const ev = firstEvidence(ctx.draft, matcher, 'draft');
    return ev ? yes(ev) : no(`${path}: no match`);
  },
});
