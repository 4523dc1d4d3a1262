import { t } from '@/lib/i18n';
import type { ExampleResult, Rule } from '@/lib/engine';
import styles from './RuleEditor.module.css';

/** The rule's own examples, re-run on every edit; a failing one blocks saving the rule enabled. */
export function ExampleResults({ results, rule, onRemove, readOnly }: { results: readonly ExampleResult[]; rule: Rule | undefined; onRemove: (expect: 'fire' | 'quiet', index: number) => void; readOnly?: boolean }) {
  if (results.length === 0) return <p className={`muted ${styles.small}`} data-testid="examples-none">{t('console_examplesNone')}</p>;
  const firstTurn = (r: ExampleResult) => {
    const example = rule?.examples?.[r.expect]?.[r.example];
    return example?.note ?? example?.turns.find((turn) => turn.from === 'customer')?.text ?? example?.draft ?? '';
  };
  return (
    <ul className={styles.examples}>
      {results.map((r) => (
        <li key={`${r.expect}-${r.example}`} data-testid="example-result" data-passed={r.passed} data-expect={r.expect}>
          <span className={styles.mark} aria-hidden="true">{r.passed ? '✓' : '✗'}</span>
          <span className={styles.expect}>{t(r.expect === 'fire' ? 'console_exampleFire' : 'console_exampleQuiet')}</span>
          <span className={styles.exampleText}>{firstTurn(r)}</span>
          {!r.passed && <span className={styles.detail}>{r.detail}</span>}
          {!readOnly && <button type="button" className={styles.linkButton} onClick={() => onRemove(r.expect, r.example)}>{t('console_remove')}</button>}
        </li>
      ))}
    </ul>
  );
}
