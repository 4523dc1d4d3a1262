import { parseTime } from '../conversation/normalize';
import type { SignalKind } from './types';

declare module './types' {
  interface SignalValues {
    /** Minutes since the conversation started, or null when no start time is known. */
    elapsedMinutes: number | null;
  }
}

export const elapsedSignal: SignalKind<number | null> = {
  id: 'elapsedMinutes',
  doc: 'Minutes since the conversation started (its start time, or its first turn).',
  volatile: { clock: true },
  compute({ conv, nowMs }) {
    const startedMs = parseTime(conv.startedAt) ?? parseTime(conv.turns[0]?.at);
    return startedMs === undefined ? null : Math.max(0, (nowMs - startedMs) / 60000);
  },
};
