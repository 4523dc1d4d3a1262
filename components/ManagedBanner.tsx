import { t, tn } from '@/lib/i18n';
import { useConsole } from '@/lib/console/store';
import { ProblemList } from './ProblemList';
import styles from './ManagedBanner.module.css';

/** Says plainly which settings the organisation's policy controls. */
export function ManagedBanner() {
  const policy = useConsole((s) => s.sources?.policy);
  if (!policy?.active) return null;
  return (
    <aside className={styles.banner} data-testid="managed-banner">
      <strong>{t('console_managedTitle')}</strong>
      <ul>
        {policy.packUrl && <li>{t('console_managedPackUrl', policy.packUrl)}</li>}
        {policy.pack && <li>{tn('console_managedInlinePack', policy.pack.rules.length, policy.pack.name, policy.pack.rules.length)}</li>}
        {policy.packProblems && (
          <li data-testid="managed-pack-refused">
            {t('console_managedInlinePackRefused', policy.packProblems.length)}
            <ProblemList problems={policy.packProblems} />
          </li>
        )}
        {policy.lockedRules.length > 0 && <li>{t('console_managedLocked', policy.lockedRules.join(', '))}</li>}
        {policy.refreshMinutes && <li>{t('console_managedRefresh', policy.refreshMinutes)}</li>}
      </ul>
    </aside>
  );
}
