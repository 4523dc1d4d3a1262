import type { KizukiDB } from '../db/db';
import { listFollowUps } from './follow-ups';
import { getSetting, setSetting } from './settings';

const DAY = 86_400_000;

export interface PurgeReport {
  notes: number;
  sessions: number;
  followUps: number;
}

/**
 * Deletes notes (by last edit) and sessions with their transcripts (by last activity) older
 * than `days`. A note whose follow-up is still open is kept: deleting it would silently
 * break a promise made to a customer. Prompt events hold no customer text and stay for the
 * team lead's adherence figures.
 */
export async function purgeOlderThan(db: KizukiDB, days: number, now: number = Date.now()): Promise<PurgeReport> {
  if (!(days > 0)) return { notes: 0, sessions: 0, followUps: 0 };
  const cutoff = now - days * DAY;
  return db.transaction('rw', db.notes, db.sessions, db.followUps, async () => {
    const open = new Set((await listFollowUps(db, { open: true })).map((f) => f.noteId));
    const oldNotes = await db.notes.where('updatedAt').below(cutoff).primaryKeys();
    const noteIds = oldNotes.filter((id) => !open.has(id));
    const followUpIds = await db.followUps.where('noteId').anyOf(noteIds).primaryKeys();
    await db.followUps.bulkDelete(followUpIds);
    await db.notes.bulkDelete(noteIds);
    const sessions = await db.sessions.where('lastSeenAt').below(cutoff).delete();
    return { notes: noteIds.length, sessions, followUps: followUpIds.length };
  });
}

/** Runs the retention setting at most once a day; the background calls this from a daily alarm and at start-up. */
export async function runRetentionIfDue(db: KizukiDB, now: number = Date.now()): Promise<PurgeReport | null> {
  const [days, last] = await Promise.all([getSetting(db, 'retentionDays'), getSetting(db, 'lastPurgeAt')]);
  if (days <= 0 || now - last < DAY) return null;
  const report = await purgeOlderThan(db, days, now);
  await setSetting(db, 'lastPurgeAt', now);
  return report;
}

/** Deletes every note, session, transcript, follow-up and prompt event. Settings and the team's rules stay. */
export async function deleteEverything(db: KizukiDB): Promise<void> {
  await db.transaction('rw', db.notes, db.sessions, db.followUps, db.promptEvents, async () => {
    await Promise.all([db.notes.clear(), db.sessions.clear(), db.followUps.clear(), db.promptEvents.clear()]);
  });
}
