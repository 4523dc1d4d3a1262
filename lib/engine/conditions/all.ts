import { z } from 'zod';
import type { Evidence } from '../../signals/types';
import type { ConditionKind } from '../language/kinds';
import type { When } from '../language/types';
import { yes } from './shared';

declare module '../language/types' {
  interface WhenValues {
    all: When[];
  }
}

export const allCondition: ConditionKind<When[]> = {
  key: 'all',
  schema: (when) => z.array(when).min(1),
  compile(value, compiler, path) {
    const children = value.map((w, i) => compiler.when(w, `${path}[${i}]`));
    return (ctx) => {
      let evidence: Evidence | undefined;
      for (const child of children) {
        const r = child(ctx);
        if (!r.holds) return r;
        evidence ??= r.evidence;
      }
      return yes(evidence);
    };
  },
  form: {
    label: { en: 'All of these', ja: 'すべてを満たす' },
    help: { en: 'Every condition holds.', ja: 'すべての条件が当てはまる。' },
    starter: [{ upset: true }], field: { type: 'children' }, docValue: '[conditions]',
  },
};

