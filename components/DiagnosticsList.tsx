import { diagnosticsSetting } from '@/lib/settings/diagnostics';
import { t } from '@/lib/i18n';
import { formatDateTime } from './NoteHooks';
import { useSetting } from './useSetting';
import styles from './DiagnosticsList.module.css';

/**
 * What Kizuki recovered from in this browser session (a page it could not read, a pack that
 * did not load, a write the browser refused): the first place to look when coaching seems off.
 */
export function DiagnosticsList() {
  const entries = useSetting(diagnosticsSetting);
  return (
    <details className={styles.diagnostics} data-testid="diagnostics">
      <summary>{t('diagnostics_title', entries?.length ?? 0)}</summary>
      {!entries?.length ? (
        <p className="muted">{t('diagnostics_none')}</p>
      ) : (
        <ol className={styles.list}>
          {[...entries].reverse().map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time> <strong>{entry.where}</strong> <span>{entry.message}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
