import { z } from 'zod';
import { parseTime } from '../../conversation/normalize';
import { contactStartMs } from '../../signals/repeat-contact';
import { firstEvidence } from '../context';
import type { ConditionKind } from '../language/kinds';
import { MatcherSchema, type Matcher } from '../language/matcher';
import { no, yes } from './shared';

interface RecentContact {
  withinHours: number;
  /** What the earlier contact's summary must say ("hears": "problem": something went wrong). */
  says?: Matcher;
}

declare module '../language/types' {
  interface WhenValues {
    recentContact: RecentContact;
  }
}

/**
 * An earlier contact on file began at most `withinHours` before this one (and its summary says
 * what `says` looks for): "she phoned this morning about the catalog that did not come", not
 * last month's question about something else.
 */
export const recentContactCondition: ConditionKind<RecentContact> = {
  key: 'recentContact',
  schema: () => z.strictObject({
    withinHours: z.number().min(0.5).max(24 * 90).meta({ description: 'How long before this contact the earlier one began, at most (hours).' }),
    says: MatcherSchema.optional(),
  }),
  compile(value, compiler, path) {
    const says = value.says ? compiler.matcher(value.says, `${path}.says`) : undefined;
    const windowMs = value.withinHours * 3_600_000;
    return (ctx) => {
      const { conv } = ctx;
      const anchorMs = contactStartMs(conv, ctx.nowMs);
      for (let i = conv.history.length - 1; i >= 0; i--) {
        const at = parseTime(conv.history[i]!.startedAt);
        if (at === undefined || at > anchorMs || anchorMs - at > windowMs) continue;
        if (!says) return yes();
        const ev = firstEvidence(ctx.history(i), says, 'history', i);
        if (ev) return yes(ev);
      }
      return no(`${path}: no earlier contact within ${value.withinHours} h${says ? ' that says so' : ''}`);
    };
  },
  form: {
    label: { en: 'An earlier contact in the last hours', ja: '直近の過去の問い合わせ' },
    help: {
      en: 'An earlier contact of this customer began within the given hours before this one; with "says", its summary must match too.',
      ja: 'このお客様の過去の問い合わせが、今回の指定時間前以内に始まっている。「says」を指定すると、その要約にも一致が必要。',
    },
    starter: { withinHours: 36 },
    docValue: '`{ "withinHours", "says"? }`',
    field: {
      type: 'fields',
      fields: [
        { key: 'withinHours', label: { en: 'Within (hours)', ja: '何時間以内' }, spec: { type: 'number', min: 0.5, max: 2160 } },
        { key: 'says', label: { en: 'and its summary says', ja: 'その要約に含まれる' }, optional: true, spec: { type: 'matcher' } },
      ],
    },
  },
};
