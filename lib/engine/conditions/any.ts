import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import type { When } from '../language/types';
import { no } from './shared';

declare module '../language/types' {
  interface WhenValues {
    any: When[];
  }
}

export const anyCondition: ConditionKind<When[]> = {
  key: 'any',
  schema: (when) => z.array(when).min(1),
  compile(value, compiler, path) {
    const children = value.map((w, i) => compiler.when(w, `${path}[${i}]`));
    return (ctx) => {
      const reasons: string[] = [];
      for (const child of children) {
        const r = child(ctx);
        if (r.holds) return r;
        if (r.reason) reasons.push(r.reason);
      }
      return no(reasons.join('; '));
    };
  },
  form: {
    label: { en: 'Any of these', ja: 'いずれかを満たす' },
    help: { en: 'At least one condition holds.', ja: 'いずれかの条件が当てはまる。' },
    starter: [{ upset: true }], field: { type: 'children' }, docValue: '[conditions]',
  },
};
