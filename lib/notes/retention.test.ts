import { describe, expect, it } from 'vitest';
import { recordPromptEvent } from '../db/prompt-events';
import { StorageFullError, guardStorage, isQuotaError } from '../db/errors';
import { deleteEverything, purgeOlderThan, runRetentionIfDue } from './retention';
import { saveNote } from './notes';
import { upsertSession } from './sessions';
import { setSetting } from './settings';
import { freshDb } from '../db/testing';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T00:00:00Z');

async function seed() {
  const db = freshDb();
  await upsertSession(db, { tool: 'desk', conversationId: 'old', turns: [{ from: 'customer', text: '古い会話' }] }, NOW - 40 * DAY);
  await upsertSession(db, { tool: 'desk', conversationId: 'new', turns: [] }, NOW - DAY);
  const old = await saveNote(db, { sessionId: 'desk:old', customerKeys: [], body: 'old' }, NOW - 40 * DAY);
  const promised = await saveNote(db, { sessionId: 'desk:old', customerKeys: [], body: 'promise', fields: { followUpBy: NOW + DAY } }, NOW - 40 * DAY);
  const recent = await saveNote(db, { sessionId: 'desk:new', customerKeys: [], body: 'new' }, NOW - DAY);
  await recordPromptEvent(db, { sessionId: 'desk:old', ruleId: 'apologise-first', kind: 'shown', at: NOW - 40 * DAY });
  return { db, old, promised, recent };
}

describe('retention', () => {
  it('deletes notes and transcripts older than N days but keeps open promises', async () => {
    const { db, promised, recent } = await seed();
    expect(await purgeOlderThan(db, 30, NOW)).toEqual({ notes: 1, sessions: 1, followUps: 0 });
    expect((await db.notes.toArray()).map((n) => n.id).sort()).toEqual([promised.id, recent.id].sort());
    expect((await db.sessions.toArray()).map((s) => s.id)).toEqual(['desk:new']);
    expect(await purgeOlderThan(db, 0, NOW)).toEqual({ notes: 0, sessions: 0, followUps: 0 });
  });

  it('runs from the setting at most once a day', async () => {
    const { db } = await seed();
    expect(await runRetentionIfDue(db, NOW)).toBeNull();
    await setSetting(db, 'retentionDays', 30);
    expect(await runRetentionIfDue(db, NOW)).toMatchObject({ notes: 1 });
    expect(await runRetentionIfDue(db, NOW + DAY - 1)).toBeNull();
    expect(await runRetentionIfDue(db, NOW + DAY)).not.toBeNull();
  });

  it('deletes everything but the settings and the team’s rules', async () => {
    const { db } = await seed();
    await setSetting(db, 'retentionDays', 7);
    await deleteEverything(db);
    expect([await db.notes.count(), await db.sessions.count(), await db.followUps.count(), await db.promptEvents.count()]).toEqual([0, 0, 0, 0]);
    expect(await db.settings.count()).toBe(1);
  });
});

describe('storage full', () => {
  it('recognises quota errors however Dexie wraps them and turns them into StorageFullError', async () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [quota] })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    await expect(guardStorage(() => Promise.reject({ name: 'AbortError', inner: quota }))).rejects.toBeInstanceOf(StorageFullError);
    await expect(guardStorage(() => Promise.reject(new TypeError('x')))).rejects.toBeInstanceOf(TypeError);
  });

  it('reports a full disk from saveNote with a message key, and the note is not half-written', async () => {
    const db = freshDb();
    db.notes.hook('creating', () => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const error = await saveNote(db, { sessionId: 's', customerKeys: [], body: 'x', fields: { followUpBy: NOW } }, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).messageKey).toBe('notes_storageFull');
    expect(await db.followUps.count()).toBe(0);
  });
});
