import { z } from 'zod';
import type { CheckKind, CheckResult } from '../language/kinds';
import type { Check } from '../language/types';

declare module '../language/types' {
  interface CheckValues {
    any: Check[];
  }
}

export const anyCheck: CheckKind<Check[]> = {
  key: 'any',
  schema: (check) => z.array(check).min(1),
  compile(value, compiler, path) {
    const children = value.map((c, i) => compiler.check(c, `${path}[${i}]`));
    return (ctx): CheckResult => {
      let firstUnmet: CheckResult | undefined;
      for (const child of children) {
        const r = child(ctx);
        if (r.met) return r;
        firstUnmet ??= r;
      }
      return firstUnmet ?? { met: true };
    };
  },
  form: {
    label: { en: 'Any of these checks', ja: 'いずれかのチェック' },
    help: { en: 'At least one check is met.', ja: 'いずれかのチェックを満たす。' },
    starter: [{ exists: {} as never }], field: { type: 'children' }, docValue: '[checks]',
  },
};
