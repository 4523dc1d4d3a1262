import { useCallback, useMemo, useRef, useState } from 'react';
import { customerScope, keysFromCustomerKey } from '@/lib/notes/customer-keys';
import type { KizukiDB } from '@/lib/db/db';
import { followUpFromPromise } from '@/lib/notes/follow-ups';
import { DEFAULT_FOLLOW_UP_MS, dueFromPromise } from '@/lib/notes/promise-due';
import { promiseSentence } from '@/lib/panel/promise';
import { usePanelStore } from '@/lib/panel/store';
import type { NoteEditorHandle } from './NoteEditor';
import type { PanelNotesActions } from './PanelNotesContext';

const OPEN_KEY = 'kizuki:panel-notes-open';

/** An agent who keeps notes open keeps them open on the next call too. */
function readOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false; // storage blocked: start closed, the coaching stays first
  }
}

/** The side panel's notes section: open or not, and the one-click follow-up the cards offer. */
export function usePanelNotes(db: KizukiDB) {
  const [open, setOpenState] = useState(readOpen);
  const editorRef = useRef<NoteEditorHandle>(null);

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    try {
      localStorage.setItem(OPEN_KEY, next ? '1' : '0');
    } catch {
      // not remembered; nothing else depends on it
    }
  }, []);

  const actions = useMemo<PanelNotesActions>(() => ({
    async createFollowUp(card) {
      // Read at click time: the session changes with every keystroke and the cards must not.
      const session = usePanelStore.getState().session;
      if (!session?.key) throw new Error('No live conversation to note the promise in.');
      const { snapshot } = session;
      const promised = promiseSentence(card.prompt.trigger, snapshot);
      const now = Date.now();
      const dueAt = dueFromPromise(promised, new Date(now)) ?? now + DEFAULT_FOLLOW_UP_MS;
      // The editor and this write touch the same note: store what was typed first, then show the result.
      await editorRef.current?.flush();
      await followUpFromPromise(db, {
        sessionId: session.key,
        customerKeys: keysFromCustomerKey(snapshot.customer?.key, customerScope(snapshot.tool, snapshot.url)),
        customerName: snapshot.customer?.name,
        promised,
        dueAt,
      }, now);
      editorRef.current?.reload();
      return dueAt;
    },
    openNotes: () => setOpen(true),
  }), [db, setOpen]);

  return { open, setOpen, editorRef, actions };
}
