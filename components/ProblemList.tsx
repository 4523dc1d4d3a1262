import { t } from '@/lib/i18n';
import type { PackProblem } from '@/lib/engine';
import { firstOf } from '@/lib/input/summary';
import { toolProblemText } from './CustomToolForm';
import styles from './PackPanel.module.css';

/**
 * A refusal's problems, each by its JSON path: the first 50, then how many more. A person
 * fixes a file from the top, and rendering 100,000 items would freeze the page that shows them.
 * A tool's problem is worded in the UI language (its `message` is English, for the command line).
 * `total` is the full count when the list was already cut short where it was stored.
 */
export function ProblemList({ problems, total, testId }: { problems: readonly PackProblem[]; total?: number; testId?: string }) {
  const { shown, more } = firstOf(problems);
  const hidden = Math.max(more, (total ?? problems.length) - shown.length);
  return (
    <ul className={styles.problems}>
      {shown.map((p, i) => <li key={i} data-testid={testId} data-path={p.path}><code>{p.path}</code> {p.tool ? toolProblemText(p.tool) : p.message}</li>)}
      {hidden > 0 && <li data-testid="problems-more">{t('console_problemsMore', hidden)}</li>}
    </ul>
  );
}
