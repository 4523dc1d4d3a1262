import type { Range } from '../language/matcher';
import { minutesCondition } from './minutes';

declare module '../language/types' {
  interface WhenValues {
    callMinutes: Range;
  }
}

export const callMinutesCondition = minutesCondition({
  key: 'callMinutes',
  signal: 'callSeconds',
  label: { en: 'Minutes on the call', ja: '通話時間（分）' },
  help: { en: 'Minutes the call has been connected (voice only).', ja: '通話がつながってからの時間（分、通話のみ）。' },
  minutes: (ctx) => {
    const seconds = ctx.signal('callSeconds');
    return seconds === null ? null : seconds / 60;
  },
  unknown: 'unknown (not a call)',
});
