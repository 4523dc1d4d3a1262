import { civilAt } from '../../signals/time/zone';
import type { ConditionKind } from '../language/kinds';
import { inRange, RangeSchema, type Range } from '../language/matcher';
import { RANGE_FIELDS } from './minutes';
import { no, yes } from './shared';

declare module '../language/types' {
  interface WhenValues {
    localHour: Range;
  }
}

/**
 * The hour on the conversation's clock, in its time zone (15.5 is half past three in the
 * afternoon): late in the day a same-day promise is tight, and a customer whose delivery failed
 * may need it today without saying so.
 */
export const localHourCondition: ConditionKind<Range> = {
  key: 'localHour',
  schema: () => RangeSchema,
  volatile: { clock: true },
  compile: (range, _compiler, path) => (ctx) => {
    const hour = civilAt(ctx.nowMs, ctx.conv.timeZone).minutes / 60;
    return inRange(hour, range) ? yes() : no(`${path} is ${hour.toFixed(2)}`);
  },
  form: {
    label: { en: 'Time of day (hours, in the conversation’s zone)', ja: '時刻（会話のタイムゾーンの時）' },
    help: { en: 'The conversation’s clock, as hours of the day: 15.5 is 15:30.', ja: '会話の時計での時刻（時）。15.5 は 15時30分。' },
    starter: { atLeast: 15 }, docValue: '`{ "atLeast": 15, "atMost": 18 }`', field: { type: 'fields', fields: RANGE_FIELDS },
  },
};
