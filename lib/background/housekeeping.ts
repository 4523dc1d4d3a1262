import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { getDb } from '../db/db';
import { FOLLOW_UP_ALARM_PREFIX, followUpIdFromAlarm, reminderNotification, syncFollowUpAlarms, type Say } from '../notes/reminders';
import { runRetentionIfDue } from '../notes/retention';
import { reportFailure } from '../diagnostics/log';

const RETENTION_ALARM = 'kizuki-retention';

/**
 * The browser's lookup of the packaged `_locales` (every key of lib/i18n/locales), in the
 * browser's language. Its type knows only the browser's own `@@` keys.
 */
const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
const say: Say = (key, ...subs) => getMessage(key, subs);

/**
 * The background's quiet chores: a reminder for every open follow-up (kept in step with the
 * notes database, whichever page changed it), a notification that opens the note, and the
 * daily retention clean-up the agent configured.
 */
export function startHousekeeping(): void {
  const db = getDb();
  const notificationNotes = new Map<string, string>();

  // Any page (panel, notebook) may add, move or close a follow-up: follow the table itself.
  liveQuery(() => db.followUps.toArray()).subscribe({
    next: () => void syncFollowUpAlarms(db, browser.alarms).catch((error: unknown) => reportFailure('housekeeping: follow-up reminders', error)),
    error: (error: unknown) => reportFailure('housekeeping: watch follow-ups', error),
  });

  void browser.alarms.get(RETENTION_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetentionIfDue(db).catch((error: unknown) => reportFailure('housekeeping: retention', error));
    const followUpId = followUpIdFromAlarm(alarm.name);
    if (!followUpId) return;
    void db.followUps.get(followUpId).then(async (followUp) => {
      if (!followUp || followUp.done) return;
      const { title, message, notePath } = reminderNotification(followUp, say);
      const id = await browser.notifications.create(`${FOLLOW_UP_ALARM_PREFIX}${followUpId}`, {
        type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message, priority: 2,
      });
      notificationNotes.set(id, notePath);
    });
  });

  browser.notifications.onClicked.addListener((notificationId) => {
    const followUpId = followUpIdFromAlarm(notificationId);
    if (!followUpId) return;
    void db.followUps.get(followUpId).then((followUp) => {
      const path = notificationNotes.get(notificationId) ?? (followUp ? reminderNotification(followUp, say).notePath : '/notes.html');
      void browser.tabs.create({ url: browser.runtime.getURL(path as '/notes.html') });
      void browser.notifications.clear(notificationId);
    });
  });
}
