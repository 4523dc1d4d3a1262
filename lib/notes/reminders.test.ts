import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { setFollowUpDone } from './follow-ups';
import { followUpIdFor, saveNote } from './notes';
import { FOLLOW_UP_ALARM_PREFIX, followUpIdFromAlarm, reminderNotification, syncFollowUpAlarms, type AlarmsLike } from './reminders';
import { freshDb } from '../db/testing';

const NOW = Date.parse('2026-11-20T00:00:00Z');

function fakeAlarms(existing: string[] = []) {
  const alarms = new Map(existing.map((name) => [name, 0]));
  const api: AlarmsLike = {
    create: (name, { when }) => void alarms.set(name, when),
    clear: async (name) => alarms.delete(name),
    getAll: async () => [...alarms.keys()].map((name) => ({ name })),
  };
  return { api, alarms };
}

describe('follow-up reminders', () => {
  it('keeps one alarm per open follow-up, fires overdue ones at once, and leaves other alarms alone', async () => {
    const db = freshDb();
    const later = await saveNote(db, { sessionId: 's1', customerKeys: [], body: '', fields: { followUpBy: NOW + 3_600_000 } }, NOW);
    const overdue = await saveNote(db, { sessionId: 's2', customerKeys: [], body: '', fields: { followUpBy: NOW - 1 } }, NOW);
    const done = await saveNote(db, { sessionId: 's3', customerKeys: [], body: '', fields: { followUpBy: NOW } }, NOW);
    await setFollowUpDone(db, followUpIdFor(done.id), true);
    const { api, alarms } = fakeAlarms([`${FOLLOW_UP_ALARM_PREFIX}${followUpIdFor(done.id)}`, 'retention-daily']);
    await syncFollowUpAlarms(db, api, NOW);
    expect(Object.fromEntries(alarms)).toEqual({
      [`${FOLLOW_UP_ALARM_PREFIX}${followUpIdFor(later.id)}`]: NOW + 3_600_000,
      [`${FOLLOW_UP_ALARM_PREFIX}${followUpIdFor(overdue.id)}`]: NOW + 1000,
      'retention-daily': 0,
    });
    expect(followUpIdFromAlarm(`${FOLLOW_UP_ALARM_PREFIX}fu-x`)).toBe('fu-x');
    expect(followUpIdFromAlarm('retention-daily')).toBeNull();
  });

  it('says who to call back and what was promised, and links to the note', () => {
    const text = reminderNotification({ id: 'fu-n1', noteId: 'n1', sessionId: 's', customerName: '山田 花子', text: '明日折り返し', dueAt: NOW, done: 0 }, (key, ...subs) => translate('en', key, ...subs));
    expect(text).toEqual({ title: 'Follow up with 山田 花子', message: '明日折り返し', notePath: '/notes.html#note=n1' });
  });
});
