import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import { flag } from './shared';

declare module '../language/types' {
  interface WhenValues {
    problem: boolean;
  }
}

/**
 * A failure the company caused is open: the customer reported it ("it shows delivered but
 * nothing is here", 違う色が届きました) and has not sounded settled since. Unlike `upset`, it needs
 * no angry words; unlike a phrase in any turn, "ok, I'll try that" closes it.
 */
export const problemCondition: ConditionKind<boolean> = {
  key: 'problem',
  schema: () => z.boolean(),
  signals: ['upset'],
  compile: (wanted, _compiler, path) => (ctx) => {
    const { problem } = ctx.signal('upset');
    return flag(!!problem, wanted, path, problem);
  },
  form: {
    label: { en: 'Customer reported a problem still open', ja: 'お客様が報告した不具合がまだ解決していない' },
    help: {
      en: 'A customer turn reports a failure the company caused (not delivered, broken, charged twice), and no later customer turn sounds settled.',
      ja: 'お客様の発言に会社側の不具合の報告（届かない・壊れている・二重請求など）があり、その後のお客様の発言が落ち着いていない。',
    },
    starter: false, field: { type: 'flag' }, docValue: '`true` / `false`',
  },
};
