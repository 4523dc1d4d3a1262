import { z } from 'zod';
import { hoursLeft } from '../../signals/time';
import type { ConditionKind } from '../language/kinds';
import { no, yes } from './shared';

interface TimeNeedValue {
  /** Where the need was said: the customer's latest turn, or any of their turns. */
  in?: 'latest' | 'any';
  /** Only needs due within this many hours (urgency without a date always counts). */
  withinHours?: number;
}

declare module '../language/types' {
  interface WhenValues {
    timeNeed: TimeNeedValue;
  }
}

export const timeNeedCondition: ConditionKind<TimeNeedValue> = {
  key: 'timeNeed',
  schema: () =>
    z.strictObject({
      in: z.enum(['latest', 'any']).optional().meta({ description: 'latest = in the customer\'s latest turn (default); any = in any of their turns.' }),
      withinHours: z.number().min(0).max(24 * 60).optional().meta({ description: 'Only needs due within this many hours of now (urgency with no date always counts).' }),
    }),
  signals: ['timeNeeds'],
  // How near a need is depends on the clock; without a limit in hours, it does not.
  volatile: { clock: true },
  compile: (value, _compiler, path) => (ctx) => {
    const { needs } = ctx.signal('timeNeeds');
    const last = ctx.customerTurns.at(-1);
    // A need the agent already answered by naming its day is not asked again.
    const open = needs.filter((n) => !n.answered);
    const candidates = (value.in ?? 'latest') === 'latest' ? open.filter((n) => n.turnIndex === last) : open;
    const within = value.withinHours;
    const due = within === undefined ? candidates : candidates.filter((n) => {
      const left = hoursLeft(n.mention, ctx.nowMs);
      return left === null ? n.mention.kind === 'asap' : left >= -1 && left <= within;
    });
    const found = due.at(-1);
    return found ? yes(found.evidence) : no(`${path}: no time need${within === undefined ? '' : ` due within ${within} hours`}`);
  },
  form: {
    label: { en: 'Customer needs it by a time', ja: 'お客様に期限・希望日時がある' },
    help: { en: 'The customer tied their request to a time: a deadline, a day, an event, or urgency ("before my flight on Thursday", 「金曜の夕方までに」, 至急).', ja: 'お客様が依頼を時間に結びつけている: 期限、日付、行事、または急ぎ（「木曜のフライトの前に」「金曜の夕方までに」「至急」など）。' },
    starter: { in: 'latest' },
    docValue: '`{ "in": "latest" | "any", "withinHours": 24 }`',
    field: {
      type: 'fields',
      fields: [
        { key: 'in', label: { en: 'Said in', ja: '発言' }, optional: true, spec: { type: 'enum', options: ['latest', 'any'], labels: { latest: { en: 'the latest customer turn', ja: 'お客様の最新の発言' }, any: { en: 'any customer turn', ja: 'お客様のいずれかの発言' } } } },
        { key: 'withinHours', label: { en: 'due within (hours)', ja: '期限まで（時間以内）' }, optional: true, spec: { type: 'number', min: 0 } },
      ],
    },
  },
};
