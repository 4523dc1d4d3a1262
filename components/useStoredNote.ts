import { liveQuery } from 'dexie';
import { useEffect, useRef } from 'react';
import type { KizukiDB } from '@/lib/db/db';
import type { NoteRecord } from '@/lib/db/types';
import { reportFailure } from '@/lib/diagnostics/log';
import { getNote, getNotesForSession } from '@/lib/notes/notes';

/**
 * Calls `onStored` with the note as stored whenever a write changes it, in this page or another
 * (a second side panel on the same conversation, the notebook): Dexie's live queries reach every
 * extension page. Without `noteId`, the session's latest note, as the panel's editor shows it.
 */
export function useStoredNote(db: KizukiDB, sessionId: string, noteId: string | undefined, onStored: (note: NoteRecord) => void): void {
  const latest = useRef(onStored);
  latest.current = onStored;
  useEffect(() => {
    const query = () => (noteId ? getNote(db, noteId) : getNotesForSession(db, sessionId).then((notes) => notes[0]));
    const subscription = liveQuery(query).subscribe({
      next: (note) => note && latest.current(note),
      error: (error: unknown) => reportFailure('notes: follow the stored note', error),
    });
    return () => subscription.unsubscribe();
  }, [db, sessionId, noteId]);
}
