import { t } from '@/lib/i18n';
import type { KizukiDB } from '@/lib/db/db';
import { listFollowUps, setFollowUpDone } from '@/lib/notes/follow-ups';
import { formatDateTime, useLiveQuery } from './NoteHooks';
import styles from './Notes.module.css';

export interface FollowUpListProps {
  db: KizukiDB;
  /** Only this session's follow-ups (the side panel); all of them without it (the notebook). */
  sessionId?: string;
  onOpenNote?: (noteId: string) => void;
  now?: number;
}

/** Promises to keep, soonest first; the agent marks each done when it is. */
export function FollowUpList({ db, sessionId, onOpenNote, now = Date.now() }: FollowUpListProps) {
  const followUps = useLiveQuery(
    async () => (await listFollowUps(db, { open: true })).filter((f) => !sessionId || f.sessionId === sessionId),
    [db, sessionId],
    [],
  );
  return (
    <section aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading" className={styles.heading}>{t('notes_followUpsTitle')}</h2>
      {followUps.length === 0 && <p className={styles.empty}>{t('notes_followUpsEmpty')}</p>}
      <ul className={styles.list}>
        {followUps.map((f) => {
          const overdue = f.dueAt < now;
          return (
            <li key={f.id} className={styles.item} data-testid="follow-up" data-overdue={overdue}>
              <div className={styles.row}>
                <strong>{f.customerName || t('customerUnknown')}</strong>
                <span className={overdue ? styles.overdue : styles.meta}>
                  {t(overdue ? 'notes_followUpOverdue' : 'notes_followUpDue', formatDateTime(f.dueAt))}
                </span>
              </div>
              {f.text && <p className={styles.excerpt}>{f.text}</p>}
              <div className={styles.row}>
                {onOpenNote ? <button type="button" onClick={() => onOpenNote(f.noteId)}>{t('notes_openNote')}</button> : <span />}
                <button type="button" className="primary" onClick={() => void setFollowUpDone(db, f.id, true)}>
                  {t('notes_markDone')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
