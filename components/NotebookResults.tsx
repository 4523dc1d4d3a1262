import { t } from '@/lib/i18n';
import type { NoteRecord } from '@/lib/db/types';
import { excerptWithHit, highlightHits } from '@/lib/notes/highlight';
import { formatDateTime } from './NoteHooks';
import styles from './Notes.module.css';

export interface NotebookResultsProps {
  notes: NoteRecord[];
  selectedId?: string;
  hasMore: boolean;
  onSelect: (noteId: string) => void;
  onMore: () => void;
  /** The search, whose words are highlighted in each note. */
  query?: string;
}

export function NotebookResults({ notes, selectedId, hasMore, onSelect, onMore, query = '' }: NotebookResultsProps) {
  if (notes.length === 0) return <p className={styles.empty} role="status">{t('notes_noResults')}</p>;
  return (
    <>
      <ul className={styles.list} aria-label={t('notes_searchLabel')}>
        {notes.map((note) => (
          <li key={note.id} className={styles.item} data-testid="note-item" data-note-id={note.id} aria-current={note.id === selectedId}>
            <button type="button" className={styles.itemButton} onClick={() => onSelect(note.id)}>
              <div className={styles.meta}>
                <strong>{note.customerName || t('customerUnknown')}</strong>
                <span>{formatDateTime(note.createdAt)}</span>
                {note.fields.followUpBy !== null && <span>{t('notes_followUpDue', formatDateTime(note.fields.followUpBy))}</span>}
              </div>
              <p className={styles.excerpt}>
                {highlightHits(excerptWithHit([note.fields.need, note.body, note.fields.promised], query), query).map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : piece.text))}
              </p>
              {note.tags.length > 0 && <div className={styles.meta}>{note.tags.map((tag) => <span key={tag} className={styles.tag}>{tag}</span>)}</div>}
            </button>
          </li>
        ))}
      </ul>
      {hasMore && <p><button type="button" onClick={onMore}>{t('notes_resultsMore')}</button></p>}
    </>
  );
}
