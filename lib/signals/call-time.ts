import { parseTime } from '../conversation/normalize';
import type { SignalKind } from './types';

declare module './types' {
  interface SignalValues {
    /** Seconds the call has been connected, or null when this is not a call. */
    callSeconds: number | null;
  }
}

export const callTimeSignal: SignalKind<number | null> = {
  id: 'callSeconds',
  doc: 'Seconds the call has been going (voice only), from the call state\'s start or the conversation\'s.',
  volatile: { clock: true },
  compute({ conv, nowMs }) {
    if (conv.channel !== 'voice') return null;
    const callStart = parseTime(conv.call?.since) ?? parseTime(conv.startedAt) ?? parseTime(conv.turns[0]?.at);
    return callStart === undefined ? null : Math.max(0, (nowMs - callStart) / 1000);
  },
};
