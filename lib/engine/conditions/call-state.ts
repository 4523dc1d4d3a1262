import { CALL_STATES } from '../../conversation/values';
import type { CallState } from '../../conversation/schema';
import { enumCondition } from './shared';

declare module '../language/types' {
  interface WhenValues {
    callState: CallState;
  }
}

export const callStateCondition = enumCondition({
  key: 'callState',
  values: CALL_STATES,
  label: { en: 'Call state', ja: '通話の状態' },
  help: { en: "The call's state (voice only).", ja: '通話の状態（通話のみ）。' },
  read: (ctx) => ctx.conv.call?.state,
});
