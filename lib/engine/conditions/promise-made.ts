import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import { flag } from './shared';

declare module '../language/types' {
  interface WhenValues {
    promiseMade: boolean;
  }
}

export const promiseMadeCondition: ConditionKind<boolean> = {
  key: 'promiseMade',
  schema: () => z.boolean(),
  signals: ['promises'],
  compile: (wanted, _compiler, path) => (ctx) => {
    const promises = ctx.signal('promises');
    return flag(promises.length > 0, wanted, path, promises.at(-1));
  },
  form: {
    label: { en: 'Agent promised something', ja: '担当者が何かを約束した' },
    help: { en: 'The agent promised something (a call-back, an email) in a sent turn or the draft.', ja: '担当者が送信済みの発言か下書きで、何か（折り返し・メールなど）を約束した。' },
    starter: true, field: { type: 'flag' }, docValue: '`true` / `false`',
  },
};
