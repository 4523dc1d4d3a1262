import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import { flag } from './shared';

declare module '../language/types' {
  interface WhenValues {
    upset: boolean;
  }
}

export const upsetCondition: ConditionKind<boolean> = {
  key: 'upset',
  schema: () => z.boolean(),
  signals: ['upset'],
  compile: (wanted, _compiler, path) => (ctx) => {
    const { upset, evidence } = ctx.signal('upset');
    return flag(upset, wanted, path, evidence);
  },
  form: {
    label: { en: 'Customer sounds upset', ja: 'お客様が動揺・立腹している' },
    help: { en: 'The customer sounds upset in one of their last three turns.', ja: 'お客様の直近 3 件の発言のどれかに動揺や怒りが感じられる。' },
    starter: true, field: { type: 'flag' }, docValue: '`true` / `false`',
  },
};
