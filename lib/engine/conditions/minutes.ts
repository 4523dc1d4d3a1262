import type { SignalId } from '../../signals/types';
import type { ConditionKind, Localized, NamedField } from '../language/kinds';
import { inRange, RangeSchema, type Range } from '../language/matcher';
import type { EvalContext } from '../context';
import { no, yes } from './shared';

export const RANGE_FIELDS: readonly NamedField[] = [
  { key: 'atLeast', label: { en: 'at least', ja: '以上' }, spec: { type: 'number', min: 0 }, optional: true },
  { key: 'atMost', label: { en: 'at most', ja: '以下' }, spec: { type: 'number', min: 0 }, optional: true },
];

interface MinutesCondition {
  key: string;
  signal: SignalId;
  label: Localized;
  help: Localized;
  minutes(ctx: EvalContext): number | null;
  unknown: string;
}

/** A condition on a length of time in minutes, read from a clock signal. */
export function minutesCondition(spec: MinutesCondition): ConditionKind<Range> {
  return {
    key: spec.key,
    schema: () => RangeSchema,
    signals: [spec.signal],
    compile: (range, _compiler, path) => (ctx) => {
      const minutes = spec.minutes(ctx);
      return inRange(minutes, range) ? yes() : no(`${path} is ${minutes?.toFixed(1) ?? spec.unknown}`);
    },
    form: { label: spec.label, help: spec.help, starter: { atLeast: 5 }, docValue: '`{ "atLeast": 10 }`, `{ "atMost": 2 }`', field: { type: 'fields', fields: RANGE_FIELDS } },
  };
}
