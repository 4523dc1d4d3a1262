import { t, tn } from '@/lib/i18n';
import type { KizukiDB } from '@/lib/db/db';
import { customerHistory } from '@/lib/notes/history';
import type { NoteRecord } from '@/lib/db/types';
import { formatDateTime, useLiveQuery } from './NoteHooks';
import styles from './Notes.module.css';

export interface CustomerHistoryProps {
  db: KizukiDB;
  customerKeys: string[];
  /** The live session, left out of its own history. */
  excludeSessionId?: string;
  onOpenNote?: (noteId: string) => void;
  /** Earlier contacts the support tool itself lists: with none in Kizuki's notes, this is no first contact. */
  toolContacts?: number;
}

/** The same customer's earlier contacts, newest first: the second call is where support is won or lost. */
export function CustomerHistory({ db, customerKeys, excludeSessionId, onOpenNote, toolContacts = 0 }: CustomerHistoryProps) {
  const history = useLiveQuery(() => customerHistory(db, customerKeys, { excludeSessionId }), [db, customerKeys.join('|'), excludeSessionId], null);
  if (!history) return null;
  const notesBySession = new Map<string, NoteRecord[]>();
  for (const note of history.notes) notesBySession.set(note.sessionId, [...(notesBySession.get(note.sessionId) ?? []), note]);
  const contacts = [
    ...history.sessions.map((s) => ({ key: s.id, at: s.startedAt, notes: notesBySession.get(s.id) ?? [], firstWords: s.turns.find((x) => x.from === 'customer')?.text })),
    ...[...notesBySession].filter(([id]) => !history.sessions.some((s) => s.id === id)).map(([id, notes]) => ({ key: id, at: notes[0]!.createdAt, notes, firstWords: undefined })),
  ].sort((a, b) => b.at - a.at);

  return (
    <section aria-labelledby="customer-history-heading" data-testid="customer-history">
      <h2 id="customer-history-heading" className={styles.heading}>{t('notes_historyTitle')}</h2>
      {contacts.length === 0 && (
        <p className={styles.empty} data-testid="history-empty">
          {toolContacts > 0 ? tn('notes_historyToolOnly', toolContacts, toolContacts) : t('notes_historyEmpty')}
        </p>
      )}
      <ol className={styles.list}>
        {contacts.map((c) => (
          <li key={c.key} className={styles.item} data-testid="history-entry">
            <div className={styles.meta}>{formatDateTime(c.at)}</div>
            {c.notes.length === 0 && <p className={styles.excerpt}>{c.firstWords ?? t('notes_historyNoNote')}</p>}
            {c.notes.map((n) => (
              <div key={n.id}>
                {n.fields.need && <p className={styles.excerpt}><strong>{t('notes_fieldNeed')}:</strong> {n.fields.need}</p>}
                {n.fields.promised && <p className={styles.excerpt}><strong>{t('notes_fieldPromised')}:</strong> {n.fields.promised}</p>}
                {n.body && <p className={styles.excerpt}>{n.body}</p>}
                <div className={styles.row}>
                  <span className={styles.meta}>{n.tags.map((tag) => <span key={tag} className={styles.tag}>{tag}</span>)}</span>
                  {onOpenNote && <button type="button" onClick={() => onOpenNote(n.id)}>{t('notes_openNote')}</button>}
                </div>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
