import { useContext, useState } from 'react';
import { reportFailure } from '@/lib/diagnostics/log';
import { t } from '@/lib/i18n';
import type { Card } from '@/lib/panel/outcomes';
import { formatDateTime } from './NoteHooks';
import { PanelNotesContext } from './PanelNotesContext';
import styles from './PanelNotes.module.css';

/** The rule whose card turns a promise into a follow-up. Rule ids never change once shipped. */
const PROMISE_RULE = 'note-the-promise';

/**
 * "Create follow-up" under note-the-promise: one click writes the promise and its time into
 * this conversation's note; the time can be changed in the notes section afterwards.
 */
export function PromiseFollowUp({ card }: { card: Card }) {
  const notes = useContext(PanelNotesContext);
  const [dueAt, setDueAt] = useState<number | null>(null);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  if (card.ruleId !== PROMISE_RULE || !notes) return null;

  const create = () => {
    setState('busy');
    notes.createFollowUp(card).then(
      (due) => {
        setDueAt(due);
        setState('idle');
      },
      (error: unknown) => {
        reportFailure('panel: create a follow-up', error);
        setState('failed');
      },
    );
  };

  if (dueAt !== null) {
    return (
      <p className={styles.created} role="status" data-testid="follow-up-created">
        <span><span aria-hidden="true">✓ </span>{t('panelNotes_followUpCreated', formatDateTime(dueAt))}</span>
        <button type="button" className="quiet" onClick={notes.openNotes}>{t('panelNotes_changeFollowUp')}</button>
      </p>
    );
  }
  return (
    <div className={styles.cardAction}>
      <button type="button" disabled={state === 'busy'} onClick={create} data-testid="create-follow-up">
        {t('panelNotes_createFollowUp')}
      </button>
      {state === 'failed' && <span role="alert" className={styles.failed}>{t('panelNotes_followUpFailed')}</span>}
    </div>
  );
}
