import type { Lang } from '../../conversation/schema';
import type { EvalContext } from '../context';
import type { Check } from '../schema';
import { met, type CheckResult } from './types';

const segmenters = new Map<Lang, Intl.Segmenter>();
function sentenceSegmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** Japanese is read in characters, English in words. */
export function textLength(text: string, lang: Lang): number {
  if (lang === 'ja') return [...text.replace(/\s+/g, '')].length;
  return text.split(/\s+/).filter(Boolean).length;
}

function limitFor(max: NonNullable<Check['metric']>['max'], lang: Lang): number | undefined {
  return typeof max === 'number' ? max : max[lang];
}

/** Sentences (Intl.Segmenter) or the whole draft must stay under a length. */
export function checkMetric(metric: NonNullable<Check['metric']>, ctx: EvalContext, path: string): CheckResult {
  const lang = ctx.conv.lang;
  const limit = limitFor(metric.max, lang);
  const draft = ctx.draft.text;
  if (limit === undefined || draft.trim() === '') return met();
  const pieces = metric.measure === 'draft-length' ? [{ segment: draft, index: 0 }] : sentenceSegmenter(lang).segment(draft);
  for (const { segment, index } of pieces) {
    const length = textLength(segment, lang);
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
}
