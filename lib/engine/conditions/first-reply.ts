import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import { flag } from './shared';

declare module '../language/types' {
  interface WhenValues {
    firstReply: boolean;
  }
}

export const firstReplyCondition: ConditionKind<boolean> = {
  key: 'firstReply',
  schema: () => z.boolean(),
  compile: (wanted, _compiler, path) => (ctx) => flag(ctx.agentTurns.length === 0, wanted, path),
  form: {
    label: { en: 'Draft is the first reply', ja: '下書きが最初の返信' },
    help: { en: 'The agent has not sent anything yet: the draft is the first reply.', ja: '担当者はまだ何も送っていない（下書きが最初の返信）。' },
    starter: true, field: { type: 'flag' }, docValue: '`true` / `false`',
  },
};
