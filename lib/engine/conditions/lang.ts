import { LANGS } from '../../conversation/values';
import type { Lang } from '../../conversation/schema';
import { enumCondition } from './shared';

declare module '../language/types' {
  interface WhenValues {
    lang: Lang;
  }
}

export const langCondition = enumCondition({
  key: 'lang',
  values: LANGS,
  label: { en: 'Language', ja: '言語' },
  help: { en: "The conversation's language.", ja: '会話の言語。' },
  read: (ctx) => ctx.conv.lang,
});
