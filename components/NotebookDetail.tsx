import { t } from '@/lib/i18n';
import type { KizukiDB } from '@/lib/db/db';
import { deleteNote } from '@/lib/notes/notes';
import type { NoteRecord } from '@/lib/db/types';
import { CustomerHistory } from './CustomerHistory';
import { NoteEditor } from './NoteEditor';
import { formatDateTime } from './NoteHooks';
import styles from './Notes.module.css';

export interface NotebookDetailProps {
  db: KizukiDB;
  note: NoteRecord;
  onClose: () => void;
  onOpenNote: (noteId: string) => void;
}

/** One note, editable (autosaved like in the side panel), with the customer's other contacts. */
export function NotebookDetail({ db, note, onClose, onOpenNote }: NotebookDetailProps) {
  const remove = async () => {
    if (!window.confirm(t('notes_deleteNoteConfirm'))) return;
    await deleteNote(db, note.id);
    onClose();
  };
  return (
    <article className={styles.panel} aria-label={note.customerName || t('customerUnknown')}>
      <div className={styles.row}>
        <button type="button" onClick={onClose}>{t('notes_back')}</button>
        <span className={styles.meta}>
          <strong>{note.customerName || t('customerUnknown')}</strong>
          <span>{formatDateTime(note.createdAt)}</span>
        </span>
      </div>
      <NoteEditor key={note.id} db={db} noteId={note.id} sessionId={note.sessionId} customerKeys={note.customerKeys} customerName={note.customerName} />
      <p><button type="button" className={styles.danger} onClick={() => void remove()}>{t('notes_deleteNote')}</button></p>
      <CustomerHistory db={db} customerKeys={note.customerKeys} excludeSessionId={note.sessionId} onOpenNote={onOpenNote} />
    </article>
  );
}
