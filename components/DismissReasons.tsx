import { t, type MessageKey } from '@/lib/i18n';
import { useUiLanguage } from '@/lib/i18n/react';
import type { DismissReason } from '@/lib/panel/outcomes';
import { usePanelStore } from '@/lib/panel/store';
import styles from './DismissReasons.module.css';

const REASONS: [DismissReason, MessageKey][] = [
  ['not-relevant', 'panel_reasonNotRelevant'],
  ['already-handled', 'panel_reasonAlreadyHandled'],
  ['wrong', 'panel_reasonWrong'],
];

/**
 * After a dismissal, for a few seconds: why? One click answers (the team lead sees the reasons),
 * and ignoring it costs nothing. It sits above the cards, where the dismissed one was.
 */
export function DismissReasons() {
  useUiLanguage();
  const dismissed = usePanelStore((s) => s.dismissed);
  const giveReason = usePanelStore((s) => s.giveReason);
  if (!dismissed) return null;
  return (
    <div className={styles.bar} role="group" aria-label={t('panel_reasonAsk')} data-testid="dismiss-reasons">
      <span className={styles.ask}>{t('panel_reasonAsk')}</span>
      {REASONS.map(([reason, label]) => (
        <button key={reason} type="button" className="quiet" data-reason={reason} onClick={() => giveReason(reason)}>
          {t(label)}
        </button>
      ))}
      <button type="button" className={`quiet ${styles.close}`} aria-label={t('panel_reasonSkip')} title={t('panel_reasonSkip')} onClick={() => giveReason(null)}>
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
