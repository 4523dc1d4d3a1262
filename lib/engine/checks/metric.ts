import { z } from 'zod';
import type { Lang } from '../../conversation/schema';
import { measuredSentences, textLength } from '../../text/segment';
import type { CheckKind } from '../language/kinds';
import { met } from './shared';

type Max = number | { ja?: number; en?: number };
interface MetricValue {
  measure: 'sentence-length' | 'draft-length';
  max: Max;
}

declare module '../language/types' {
  interface CheckValues {
    metric: MetricValue;
  }
}

function limitFor(max: Max, lang: Lang): number | undefined {
  return typeof max === 'number' ? max : max[lang];
}

/** Sentences (Intl.Segmenter) or the whole draft must stay under a length. */
export const metricCheck: CheckKind<MetricValue> = {
  key: 'metric',
  readsWholeDraft: true,
  schema: () =>
    z.strictObject({
      measure: z.enum(['sentence-length', 'draft-length']),
      max: z.union([z.number().int().min(1), z.strictObject({ ja: z.number().int().min(1).optional(), en: z.number().int().min(1).optional() })]),
    }),
  compile: (value, _compiler, path) => (ctx) => {
    const lang = ctx.conv.lang;
    const limit = limitFor(value.max, lang);
    const draft = ctx.draft.text;
    if (limit === undefined || draft.trim() === '') return met();
    const pieces = value.measure === 'draft-length' ? [{ segment: draft, index: 0, length: textLength(draft, lang) }] : measuredSentences(draft, lang);
    for (const { segment, index, length } of pieces) {
      if (length > limit) {
        const start = index + (segment.length - segment.trimStart().length);
        const end = index + segment.trimEnd().length;
        return {
          met: false,
          reason: `${path}: ${length} ${lang === 'ja' ? 'characters' : 'words'} (limit ${limit})`,
          trigger: { phrase: draft.slice(start, end), source: 'draft', start, end },
        };
      }
    }
    return met();
  },
  form: {
    label: { en: 'Length limit', ja: '長さの上限' },
    help: { en: 'A sentence (sentence-length) or the whole draft (draft-length) is at most "max" long; Japanese counts characters, English words. "max" may be { "ja": 60, "en": 25 }.', ja: '1 文（sentence-length）または下書き全体（draft-length）の長さの上限。日本語は文字数、英語は語数。' },
    starter: { measure: 'sentence-length', max: { ja: 60, en: 25 } },
    docValue: '`{ "measure", "max" }`',
    field: {
      type: 'fields',
      fields: [
        {
          key: 'measure', label: { en: 'Measure', ja: '測るもの' },
          spec: { type: 'enum', options: ['sentence-length', 'draft-length'], labels: { 'sentence-length': { en: 'each sentence', ja: '1 文の長さ' }, 'draft-length': { en: 'the whole draft', ja: '下書き全体' } } },
        },
        { key: 'max', label: { en: 'Max (Japanese characters / English words)', ja: '上限（日本語は文字、英語は語）' }, spec: { type: 'perLang', min: 1 } },
      ],
    },
  },
};
