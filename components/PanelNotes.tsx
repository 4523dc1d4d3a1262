import { useMemo, useState, type Ref } from 'react';
import { t, tn } from '@/lib/i18n';
import { customerScope, keysFromCustomerKey } from '@/lib/notes/customer-keys';
import { usePanelStore } from '@/lib/panel/store';
import { earlierContacts } from '@/lib/conversation/history';
import type { HistoryEntry } from '@/lib/conversation/schema';
import type { KizukiDB } from '@/lib/db/db';
import { customerHistory } from '@/lib/notes/history';
import { CustomerHistory } from './CustomerHistory';
import { FollowUpList } from './FollowUpList';
import { NoteEditor, type NoteEditorHandle } from './NoteEditor';
import { formatTime, useLiveQuery } from './NoteHooks';
import styles from './PanelNotes.module.css';

export interface PanelNotesProps {
  db: KizukiDB;
  /** The live session's key (`tool:conversationId`), which is the notes' session id. */
  sessionId: string;
  tool: string;
  customerKey?: string;
  customerName?: string;
  /** Earlier contacts as the support tool lists them, counted with Kizuki's own. */
  toolHistory?: HistoryEntry[];
  open: boolean;
  onToggle(open: boolean): void;
  editorRef: Ref<NoteEditorHandle>;
}

const openNote = (noteId: string) => window.open(`notes.html#note=${encodeURIComponent(noteId)}`, '_blank', 'noopener');

/**
 * The conversation's note, its follow-ups and the customer's earlier contacts, folded under
 * the coaching so the cards stay the first thing the agent sees. The editor stays mounted
 * while folded: what was typed keeps saving, and the follow-up button can flush it.
 */
export function PanelNotes({ db, sessionId, tool, customerKey, customerName, toolHistory, open, onToggle, editorRef }: PanelNotesProps) {
  // The key is scoped to the tool and the site of the page it was read on.
  const scope = usePanelStore((state) => customerScope(tool, state.session?.snapshot.url));
  // One array per customer: the editor and the history compare it by identity.
  const customerKeys = useMemo(() => keysFromCustomerKey(customerKey, scope), [customerKey, scope]);
  const recorded = useLiveQuery(
    async () => {
      const { sessions } = await customerHistory(db, customerKeys, { excludeSessionId: sessionId });
      return sessions.map((s) => ({ startedAt: new Date(s.startedAt).toISOString() }));
    },
    [db, customerKeys, sessionId],
    [] as HistoryEntry[],
  );
  // The same contacts the prompts read (the tool's list and Kizuki's, each once): one truth.
  const earlier = earlierContacts(toolHistory, recorded).length;
  // Shown on the fold too: the agent sees the note is safe without opening it or scrolling to its end.
  const [saved, setSaved] = useState<{ sessionId: string; at: number } | null>(null);
  const savedAt = saved?.sessionId === sessionId ? saved.at : null;
  return (
    <section className={styles.notes} aria-labelledby="panel-notes-toggle" data-testid="panel-notes">
      <h2 className={styles.heading}>
        <button
          id="panel-notes-toggle"
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls="panel-notes-body"
          data-testid="notes-toggle"
          onClick={() => onToggle(!open)}
        >
          <span className={styles.chevron} aria-hidden="true">{open ? '▾' : '▸'}</span>
          {t('panelNotes_title')}
          <span className={styles.summary}>
            {earlier > 0 && <span className={styles.badge} data-testid="earlier-contacts">{tn('panelNotes_earlier', earlier, earlier)}</span>}
            {savedAt !== null && <span className={styles.saved} data-testid="notes-saved">{t('notes_statusSaved', formatTime(savedAt))}</span>}
          </span>
        </button>
      </h2>
      <div id="panel-notes-body" className={styles.body} hidden={!open}>
        <NoteEditor key={sessionId} handleRef={editorRef} onSaved={() => setSaved({ sessionId, at: Date.now() })} db={db} sessionId={sessionId} customerKeys={customerKeys} customerName={customerName} />
        <FollowUpList db={db} sessionId={sessionId} />
        {customerKeys.length > 0
          ? <CustomerHistory db={db} customerKeys={customerKeys} excludeSessionId={sessionId} onOpenNote={openNote} toolContacts={toolHistory?.length ?? 0} />
          : <p className={styles.hint}>{t('panelNotes_noCustomer')}</p>}
        <p className={styles.footer}>
          <a href="notes.html" target="_blank" rel="noopener" data-testid="open-notebook">{t('panelNotes_openNotebook')}</a>
        </p>
      </div>
    </section>
  );
}
