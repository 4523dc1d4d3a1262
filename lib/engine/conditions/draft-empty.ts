import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import { flag } from './shared';

declare module '../language/types' {
  interface WhenValues {
    draftEmpty: boolean;
  }
}

export const draftEmptyCondition: ConditionKind<boolean> = {
  key: 'draftEmpty',
  schema: () => z.boolean(),
  volatile: { draft: true },
  compile: (wanted, _compiler, path) => (ctx) => flag(ctx.conv.draft.trim() === '', wanted, path),
  form: {
    label: { en: 'Draft is empty', ja: '下書きが空' },
    help: { en: 'The draft is empty (only spaces).', ja: '下書きが空（空白のみ）。' },
    starter: true, field: { type: 'flag' }, docValue: '`true` / `false`',
  },
};
