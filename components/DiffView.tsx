import { t } from '@/lib/i18n';
import type { DiffLine } from '@/lib/packs/diff';
import styles from './DiffView.module.css';

export function DiffView({ lines }: { lines: readonly DiffLine[] }) {
  return (
    <pre className={styles.diff} data-testid="diff">
      {lines.map((line, i) =>
        line.kind === 'skip' ? (
          <div key={i} className={styles.skip}>{t('console_diffSkipped', line.text)}</div>
        ) : (
          <div key={i} data-kind={line.kind}>
            <span className={styles.sign} aria-hidden="true">{line.kind === 'add' ? '+' : line.kind === 'remove' ? '−' : ' '}</span>
            {line.text}
          </div>
        ),
      )}
    </pre>
  );
}
