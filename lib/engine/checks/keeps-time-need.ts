import { z } from 'zod';
import { committedTimesIn, misses } from '../../signals/time-needs';
import type { CheckKind } from '../language/kinds';
import { met } from './shared';

declare module '../language/types' {
  interface CheckValues {
    keepsTimeNeed: true;
  }
}

/**
 * The draft names no time that misses what the customer needs: "it will arrive on Monday the 12th"
 * for a need by Friday night is not an answer, however else the draft is worded (本日出荷いたします
 * does not make up for a delivery day after the limit). Only a need the agent has not already
 * answered counts, and only a time the draft commits to (not what generally happens or what would
 * have been). Without an open dated need it is met.
 */
export const keepsTimeNeedCheck: CheckKind<true> = {
  key: 'keepsTimeNeed',
  readsWholeDraft: true,
  schema: () => z.literal(true),
  compile: (_value, _compiler, path) => (ctx) => {
    const draft = ctx.draft.text;
    if (draft.trim() === '') return met();
    const need = ctx.signal('timeNeeds').needs.filter((n) => !n.answered && n.mention.interval).at(-1);
    if (!need) return met();
    const late = committedTimesIn(draft, ctx.nowMs, ctx.conv.timeZone).find((m) => m.interval && m.interval.end > ctx.nowMs && misses(m, need.mention.interval, ctx.nowMs));
    if (!late) return met();
    return {
      met: false,
      reason: `${path}: "${late.phrase}" comes after "${need.mention.phrase}"`,
      trigger: { phrase: draft.slice(late.start, late.end), start: late.start, end: late.end, source: 'draft' },
    };
  },
  form: {
    label: { en: 'No time in the draft misses the customer\'s need', ja: '下書きの日時がお客様の期限に間に合っている' },
    help: { en: 'Unmet while the draft commits to a day or time that falls after what the customer needs ("arrives Monday" for a need by Friday).', ja: '下書きがお客様の期限より後の日時を約束している間は未達（「金曜までに」に対して「月曜着」など）。' },
    starter: true, field: { type: 'flag' }, docValue: '`true`',
  },
};
