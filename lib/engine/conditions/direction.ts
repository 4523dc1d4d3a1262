import { DIRECTIONS } from '../../conversation/values';
import type { Direction } from '../../conversation/schema';
import { enumCondition } from './shared';

declare module '../language/types' {
  interface WhenValues {
    direction: Direction;
  }
}

export const directionCondition = enumCondition({
  key: 'direction',
  values: DIRECTIONS,
  label: { en: 'Direction', ja: '発信・着信' },
  help: { en: 'The customer contacted us (inbound), or we contacted them (outbound).', ja: 'お客様からの問い合わせ（inbound）か、こちらからの発信（outbound）か。' },
  read: (ctx) => ctx.conv.direction,
});
