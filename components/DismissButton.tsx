import { t } from '@/lib/i18n';
import { usePanelStore } from '@/lib/panel/store';
import styles from './DismissButton.module.css';

/** The card's ✕: one click hides the prompt for this conversation; the reason is asked after, optionally (DismissReasons). */
export function DismissButton({ ruleId, message }: { ruleId: string; message: string }) {
  return (
    <button
      type="button"
      className={`quiet ${styles.trigger}`}
      aria-label={t('panel_dismissLabel', message)}
      title={t('panel_dismissLabel', message)}
      data-testid="dismiss-button"
      onClick={() => usePanelStore.getState().dismiss(ruleId)}
    >
      <span aria-hidden="true">✕</span>
    </button>
  );
}
