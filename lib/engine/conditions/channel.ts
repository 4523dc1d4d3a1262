import { CHANNELS } from '../../conversation/values';
import type { Channel } from '../../conversation/schema';
import { enumCondition } from './shared';

declare module '../language/types' {
  interface WhenValues {
    channel: Channel | Channel[];
  }
}

export const channelCondition = enumCondition({
  key: 'channel',
  values: CHANNELS,
  label: { en: 'Channel', ja: 'チャネル' },
  help: { en: 'The conversation is a chat, a call (voice) or an email.', ja: '会話がチャット・通話（voice）・メールのどれか。' },
  read: (ctx) => ctx.conv.channel,
  many: true,
});
