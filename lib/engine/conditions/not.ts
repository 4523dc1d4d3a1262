import type { ConditionKind } from '../language/kinds';
import type { When } from '../language/types';
import { no, yes } from './shared';

declare module '../language/types' {
  interface WhenValues {
    not: When;
  }
}

export const notCondition: ConditionKind<When> = {
  key: 'not',
  schema: (when) => when,
  compile(value, compiler, path) {
    const child = compiler.when(value, path);
    return (ctx) => (child(ctx).holds ? no(`${path}: the condition holds`) : yes());
  },
  form: {
    label: { en: 'Not this', ja: '次を満たさない' },
    help: { en: 'The condition does not hold.', ja: 'その条件が当てはまらない。' },
    starter: { upset: true }, field: { type: 'child' }, docValue: 'a condition',
  },
};
