import { t } from '@/lib/i18n';
import { PackExport } from './PackExport';
import { PackImport } from './PackImport';
import styles from './PackPanel.module.css';
import { PackSubscription } from './PackSubscription';

/** Sharing rules: export the team's pack, import one, or subscribe to a URL. */
export function PackPanel() {
  return (
    <section className={styles.panel}>
      <h2>{t('console_packsTitle')}</h2>
      <PackExport />
      <PackImport />
      <PackSubscription />
    </section>
  );
}
