import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import { flag } from './shared';

declare module '../language/types' {
  interface WhenValues {
    deadline: boolean;
  }
}

export const deadlineCondition: ConditionKind<boolean> = {
  key: 'deadline',
  schema: () => z.boolean(),
  signals: ['deadline'],
  compile: (wanted, _compiler, path) => (ctx) => {
    const found = ctx.signal('deadline');
    return flag(found !== undefined, wanted, path, found);
  },
  form: {
    label: { en: 'Customer mentioned a deadline', ja: 'お客様が期限に触れた' },
    help: { en: 'The customer mentioned a deadline or urgency.', ja: 'お客様が期限や急ぎであることに触れた。' },
    starter: true, field: { type: 'flag' }, docValue: '`true` / `false`',
  },
};
