import { t } from '@/lib/i18n';
import styles from './KeyHints.module.css';

/** A quiet reminder of the panel's two keys. */
export function KeyHints() {
  return (
    <footer className={styles.hints} aria-label={t('panel_keysLabel')}>
      <span><kbd>I</kbd> {t('panel_keyInsert')}</span>
      <span><kbd>D</kbd> {t('panel_keyDismiss')}</span>
    </footer>
  );
}
