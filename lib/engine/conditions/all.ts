import { z } from 'zod';
import type { ConditionKind, WhenResult } from '../language/kinds';
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
    const children = value.map((w, i) => compiler.whenWithVolatility(w, `${path}[${i}]`));
    // Conditions that read only the turns are answered from the cache: ask them first, so one that
    // fails spares the draft's and the clock's. The evidence is still the first condition's, as written.
    const order = children.map((c, i) => ({ i, cost: (c.volatile.draft ? 2 : 0) + (c.volatile.clock ? 1 : 0) })).sort((a, b) => a.cost - b.cost).map((x) => x.i);
    return (ctx) => {
      const results: (WhenResult | undefined)[] = [];
      for (const i of order) {
        const r = children[i]!.run(ctx);
        if (!r.holds) return r;
        results[i] = r;
      }
      return yes(results.find((r) => r?.evidence)?.evidence);
    };
  },
  form: {
    label: { en: 'All of these', ja: 'すべてを満たす' },
    help: { en: 'Every condition holds.', ja: 'すべての条件が当てはまる。' },
    starter: [{ upset: true }], field: { type: 'children' }, docValue: '[conditions]',
  },
};

