import { CONVERSATION_STATES } from '../../conversation/values';
import type { ConversationState } from '../../conversation/schema';
import { enumCondition } from './shared';

declare module '../language/types' {
  interface WhenValues {
    state: ConversationState;
  }
}

export const stateCondition = enumCondition({
  key: 'state',
  values: CONVERSATION_STATES,
  label: { en: 'Conversation state', ja: '会話の状態' },
  help: { en: 'The conversation is still going (active) or has ended.', ja: '会話が進行中（active）か終了（ended）か。' },
  read: (ctx) => ctx.conv.state,
});
