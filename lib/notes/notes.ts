import type { KizukiDB } from '../db/db';
import { guardStorage } from '../db/errors';
import { newNoteId } from './ids';
import { indexTerms, normalise, searchableText } from './terms';
import type { FollowUpRecord, NoteFields, NoteRecord } from '../db/types';

export interface NoteDraft {
  /** Absent for a new note (or, with `sessionNote`, for the conversation's note wherever it was started). */
  id?: string;
  /**
   * The conversation's one note, as the side panel keeps it: without an id, the session's
   * latest note is written if there is one. Checked inside the write, so two panels open on one
   * conversation that both start typing still write one note.
   */
  sessionNote?: boolean;
  sessionId: string;
  customerKeys: string[];
  customerName?: string;
  body: string;
  fields?: Partial<NoteFields>;
  tags?: string[];
}

export const EMPTY_FIELDS: NoteFields = { need: '', promised: '', followUpBy: null };

/** Tags are matched exactly by the filter, so "VIP " and "vip" must be one tag. */
export function normaliseTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => normalise(t).trim()).filter(Boolean))];
}

/**
 * The id of the follow-up a note's "call back by" field creates: one per note, and the id
 * names the note so search can filter by open follow-ups from the index alone.
 */
export function followUpIdFor(noteId: string): string {
  return `${FOLLOW_UP_PREFIX}${noteId}`;
}

export function noteIdOfFollowUp(followUpId: string): string {
  return followUpId.slice(FOLLOW_UP_PREFIX.length);
}

const FOLLOW_UP_PREFIX = 'fu-';

/**
 * Saves a note and keeps its follow-up in step with its "call back by" field, in one
 * transaction so a crash can never leave a promise without its reminder.
 */
export async function saveNote(db: KizukiDB, draft: NoteDraft, now: number = Date.now()): Promise<NoteRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.notes, db.followUps, async () => {
      const existing = draft.id ? await db.notes.get(draft.id) : draft.sessionNote ? await latestNoteOf(db, draft.sessionId) : undefined;
      const createdAt = existing?.createdAt ?? now;
      const base = {
        id: existing?.id ?? draft.id ?? newNoteId(createdAt),
        sessionId: draft.sessionId,
        customerKeys: [...new Set(draft.customerKeys)],
        body: draft.body,
        fields: { ...EMPTY_FIELDS, ...existing?.fields, ...draft.fields },
        tags: normaliseTags(draft.tags ?? existing?.tags ?? []),
        createdAt,
        updatedAt: now,
        customerName: draft.customerName ?? existing?.customerName,
      };
      const note: NoteRecord = { ...base, terms: termsOf(base) };
      await db.notes.put(note);
      await syncFollowUp(db, note);
      return note;
    }),
  );
}

export function termsOf(note: Pick<NoteRecord, 'body' | 'fields' | 'tags' | 'customerName'>): string[] {
  return indexTerms(searchableText(note));
}

async function syncFollowUp(db: KizukiDB, note: NoteRecord): Promise<void> {
  const id = followUpIdFor(note.id);
  const existing = await db.followUps.get(id);
  const dueAt = note.fields.followUpBy;
  if (dueAt === null) {
    // A done follow-up is history; only an open one disappears with the field.
    if (existing && !existing.done) await db.followUps.delete(id);
    return;
  }
  const keepDone = existing?.done === 1 && existing.dueAt === dueAt;
  const followUp: FollowUpRecord = {
    id,
    noteId: note.id,
    sessionId: note.sessionId,
    dueAt,
    done: keepDone ? 1 : 0,
    doneAt: keepDone ? existing?.doneAt : undefined,
    customerName: note.customerName,
    text: note.fields.promised || undefined,
  };
  await db.followUps.put(followUp);
}

export function getNote(db: KizukiDB, id: string): Promise<NoteRecord | undefined> {
  return db.notes.get(id);
}

async function latestNoteOf(db: KizukiDB, sessionId: string): Promise<NoteRecord | undefined> {
  return (await getNotesForSession(db, sessionId))[0];
}

/** The session's notes, newest first. */
export async function getNotesForSession(db: KizukiDB, sessionId: string): Promise<NoteRecord[]> {
  const notes = await db.notes.where('sessionId').equals(sessionId).toArray();
  return notes.sort((a, b) => b.createdAt - a.createdAt);
}

export async function deleteNote(db: KizukiDB, id: string): Promise<void> {
  await db.transaction('rw', db.notes, db.followUps, async () => {
    await db.followUps.where('noteId').equals(id).delete();
    await db.notes.delete(id);
  });
}
