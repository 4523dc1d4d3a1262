import { t } from '@/lib/i18n';
import { useShortcuts } from './useShortcuts';
import styles from './KeyHints.module.css';

/**
 * A quiet reminder of the keys: I and D in the panel, and the browser-wide shortcuts that do
 * the same while the agent types in the tool.
 */
export function KeyHints() {
  const shortcuts = useShortcuts();
  return (
    <footer className={styles.hints} aria-label={t('panel_keysLabel')} data-testid="key-hints">
      <span><kbd>I</kbd>{shortcuts.insert && <> · <kbd>{shortcuts.insert}</kbd></>} {t('panel_keyInsert')}</span>
      <span><kbd>D</kbd>{shortcuts.dismiss && <> · <kbd>{shortcuts.dismiss}</kbd></>} {t('panel_keyDismiss')}</span>
    </footer>
  );
}
