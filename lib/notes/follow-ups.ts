import Dexie from 'dexie';
import type { KizukiDB } from '../db/db';
import { guardStorage } from '../db/errors';
import { getNotesForSession, saveNote } from './notes';
import type { FollowUpRecord, NoteRecord } from '../db/types';

/** Follow-ups by due time, soonest first; `open: true` leaves out the done ones. */
export async function listFollowUps(db: KizukiDB, { open = false }: { open?: boolean } = {}): Promise<FollowUpRecord[]> {
  if (open) return db.followUps.where('[done+dueAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray();
  return db.followUps.orderBy('dueAt').toArray();
}

export async function setFollowUpDone(db: KizukiDB, id: string, done: boolean, now: number = Date.now()): Promise<void> {
  await guardStorage(() => db.followUps.update(id, { done: done ? 1 : 0, doneAt: done ? now : undefined }));
}

/** Open follow-ups already due: what the reminder alarm should announce. */
export function dueFollowUps(db: KizukiDB, now: number = Date.now()): Promise<FollowUpRecord[]> {
  return db.followUps.where('[done+dueAt]').between([0, Dexie.minKey], [0, now], true, true).toArray();
}

export interface PromiseInput {
  sessionId: string;
  customerKeys: string[];
  customerName?: string;
  /** What the agent promised, e.g. the sentence note-the-promise fired on. */
  promised: string;
  dueAt: number;
}

/**
 * The one click behind note-the-promise: the promise goes into the session's latest note
 * (a new one if there is none) with its "call back by" time, which creates the follow-up.
 */
export async function followUpFromPromise(db: KizukiDB, input: PromiseInput, now: number = Date.now()): Promise<NoteRecord> {
  const [latest] = await getNotesForSession(db, input.sessionId);
  const already = latest?.fields.promised.trim();
  const promised = already && !already.includes(input.promised.trim()) ? `${already}\n${input.promised.trim()}` : (already || input.promised.trim());
  return saveNote(
    db,
    {
      id: latest?.id,
      sessionId: input.sessionId,
      customerKeys: [...new Set([...(latest?.customerKeys ?? []), ...input.customerKeys])],
      customerName: input.customerName ?? latest?.customerName,
      body: latest?.body ?? '',
      fields: { promised, followUpBy: input.dueAt },
    },
    now,
  );
}
