import { z } from 'zod';
import type { CheckKind, CheckResult } from '../language/kinds';
import type { Check } from '../language/types';

declare module '../language/types' {
  interface CheckValues {
    all: Check[];
  }
}

export const allCheck: CheckKind<Check[]> = {
  key: 'all',
  schema: (check) => z.array(check).min(1),
  compile(value, compiler, path) {
    const children = value.map((c, i) => compiler.check(c, `${path}[${i}]`));
    return (ctx): CheckResult => {
      for (const child of children) {
        const r = child(ctx);
        if (!r.met) return r;
      }
      return { met: true };
    };
  },
  form: {
    label: { en: 'All of these checks', ja: 'すべてのチェック' },
    help: { en: 'Every check is met.', ja: 'すべてのチェックを満たす。' },
    starter: [{ exists: {} as never }], field: { type: 'children' }, docValue: '[checks]',
  },
};
