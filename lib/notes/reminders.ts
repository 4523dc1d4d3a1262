import type { MessageKey } from '../i18n';
import type { KizukiDB } from '../db/db';
import { listFollowUps } from './follow-ups';
import type { FollowUpRecord } from '../db/types';

/**
 * Follow-up reminders are `alarms` named after the follow-up, so the background can find
 * the follow-up when one fires and the notebook can open its note from the notification.
 */
export const FOLLOW_UP_ALARM_PREFIX = 'kizuki-follow-up:';

/** The slice of `browser.alarms` reminders need (injectable: lib/ stays free of browser APIs). */
export interface AlarmsLike {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<boolean> | unknown;
  getAll(): Promise<{ name: string }[]>;
}

export function followUpIdFromAlarm(alarmName: string): string | null {
  return alarmName.startsWith(FOLLOW_UP_ALARM_PREFIX) ? alarmName.slice(FOLLOW_UP_ALARM_PREFIX.length) : null;
}

/**
 * Makes the alarms match the open follow-ups: one alarm each (an overdue one fires in a
 * second), none for done or deleted ones. Call after any change to follow-ups, and at start-up.
 */
export async function syncFollowUpAlarms(db: KizukiDB, alarms: AlarmsLike, now: number = Date.now()): Promise<void> {
  const open = await listFollowUps(db, { open: true });
  const wanted = new Map(open.map((f) => [FOLLOW_UP_ALARM_PREFIX + f.id, Math.max(f.dueAt, now + 1000)]));
  for (const alarm of await alarms.getAll()) {
    if (alarm.name.startsWith(FOLLOW_UP_ALARM_PREFIX) && !wanted.has(alarm.name)) await alarms.clear(alarm.name);
  }
  for (const [name, when] of wanted) await alarms.create(name, { when });
}

/**
 * A message in the UI language. The background passes the browser's own lookup of the packaged
 * `_locales` (the same strings), so the worker does not carry the whole catalogue for three lines.
 */
export type Say = (key: MessageKey, ...subs: string[]) => string;

/** Text of the notification a due follow-up shows; clicking it opens `notes.html#note=<noteId>`. */
export function reminderNotification(followUp: FollowUpRecord, say: Say): { title: string; message: string; notePath: string } {
  return {
    title: say('notes_reminderTitle', followUp.customerName ?? say('customerUnknown')),
    message: followUp.text || say('notes_reminderNoText'),
    notePath: `/notes.html#note=${encodeURIComponent(followUp.noteId)}`,
  };
}
