import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import { flag } from './shared';

declare module '../language/types' {
  interface WhenValues {
    repeatContact: boolean;
  }
}

export const repeatContactCondition: ConditionKind<boolean> = {
  key: 'repeatContact',
  schema: () => z.boolean(),
  signals: ['repeatContact'],
  compile: (wanted, _compiler, path) => (ctx) => {
    const found = ctx.signal('repeatContact');
    return flag(found !== undefined, wanted, path, found);
  },
  form: {
    label: { en: 'Customer is contacting again', ja: '再度のお問い合わせ' },
    help: { en: 'The customer is contacting again (they said so, or an earlier contact within 7 days).', ja: 'お客様が再度の問い合わせである（ご本人の言葉、または 7 日以内の過去の問い合わせ）。' },
    starter: true, field: { type: 'flag' }, docValue: '`true` / `false`',
  },
};
