import { z } from 'zod';
import type { ConditionKind } from '../language/kinds';
import { inRange } from '../language/matcher';
import { no, yes } from './shared';

type Of = 'last' | 'recent' | 'max';
interface HeatValue {
  atLeast?: number;
  atMost?: number;
  of?: Of;
}

declare module '../language/types' {
  interface WhenValues {
    heat: HeatValue;
  }
}

const OF = ['last', 'recent', 'max'] as const;

export const heatCondition: ConditionKind<HeatValue> = {
  key: 'heat',
  schema: () =>
    z.strictObject({
      atLeast: z.number().min(0).optional(),
      atMost: z.number().min(0).optional(),
      of: z.enum(OF).optional().meta({ description: 'last = the latest customer turn (default); recent = the hottest of the last three; max = the hottest of the whole conversation.' }),
    }),
  signals: ['heat', 'upset'],
  compile: (value, _compiler, path) => (ctx) => {
    const of = value.of ?? 'last';
    const heat = ctx.signal('heat')[of];
    return inRange(heat, value) ? yes(ctx.signal('upset').evidence) : no(`${path} (${of}) is ${heat}`);
  },
  form: {
    label: { en: 'How upset (0–10)', ja: '感情の強さ（0〜10）' },
    help: { en: 'How upset the customer sounds (0 calm … 10 furious; 3 or more reads as upset).', ja: 'お客様の感情の強さ（0 平静 … 10 激怒。3 以上で動揺・立腹とみなす）。' },
    starter: { atLeast: 5 },
    docValue: '`{ "atLeast": 5, "of": "last" | "recent" | "max" }`',
    field: {
      type: 'fields',
      fields: [
        { key: 'atLeast', label: { en: 'at least', ja: '以上' }, spec: { type: 'number', min: 0, max: 10 }, optional: true },
        { key: 'atMost', label: { en: 'at most', ja: '以下' }, spec: { type: 'number', min: 0, max: 10 }, optional: true },
        {
          key: 'of', label: { en: 'Which turns', ja: '対象の発言' }, optional: true,
          spec: {
            type: 'enum', options: OF,
            labels: {
              last: { en: 'latest customer turn', ja: 'お客様の最新の発言' },
              recent: { en: 'hottest of the last three', ja: '直近 3 件で最も強いもの' },
              max: { en: 'hottest in the conversation', ja: '会話全体で最も強いもの' },
            },
          },
        },
      ],
    },
  },
};
