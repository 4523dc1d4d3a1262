import type { Matcher } from '../language/matcher';
import { inTurns, textCondition } from './shared';

declare module '../language/types' {
  interface WhenValues {
    agentTurns: Matcher;
  }
}

export const agentTurnsCondition = textCondition({
  key: 'agentTurns',
  label: { en: 'A sent agent message contains', ja: '送信済みの担当者の発言に含まれる' },
  help: { en: "Any turn the agent already sent contains a match.", ja: '担当者が送信済みの発言に一致する語句がある。' },
  find: (ctx, matcher, path) => inTurns(ctx, matcher, ctx.agentTurns, 'agent', path),
});
