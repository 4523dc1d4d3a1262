import { firstEvidence } from '../context';
import type { Matcher } from '../language/matcher';
import { no, textCondition, yes } from './shared';

declare module '../language/types' {
  interface WhenValues {
    history: Matcher;
  }
}

export const historyCondition = textCondition({
  key: 'history',
  label: { en: 'Earlier contacts mention', ja: '過去の問い合わせに含まれる' },
  help: { en: "A summary of this customer's earlier contacts contains a match.", ja: 'このお客様の過去の問い合わせの要約に一致する語句がある。' },
  find: (ctx, matcher, path) => {
    for (let i = ctx.conv.history.length - 1; i >= 0; i--) {
      const ev = firstEvidence(ctx.history(i), matcher, 'history', i);
      if (ev) return yes(ev);
    }
    return no(`${path}: no match`);
  },
});
