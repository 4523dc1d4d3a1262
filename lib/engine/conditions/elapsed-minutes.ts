import type { Range } from '../language/matcher';
import { minutesCondition } from './minutes';

declare module '../language/types' {
  interface WhenValues {
    elapsedMinutes: Range;
  }
}

export const elapsedMinutesCondition = minutesCondition({
  key: 'elapsedMinutes',
  signal: 'elapsedMinutes',
  label: { en: 'Minutes since it started', ja: '開始からの経過分' },
  help: { en: 'Minutes since the conversation started.', ja: '会話の開始からの経過時間（分）。' },
  minutes: (ctx) => ctx.signal('elapsedMinutes'),
  unknown: 'unknown',
});
