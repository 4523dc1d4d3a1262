import { tn } from '@/lib/i18n';
import type { ToolProblem } from '@/lib/tools/schema';
import { fieldInputId, toolFieldLabel, toolProblemText } from './CustomToolForm';
import styles from './CustomTools.module.css';

/**
 * Every problem of the description at once, each named by its field in the lead's language;
 * a click takes them to the field (the problem is also shown beside it).
 */
export function ToolProblemList({ problems }: { problems: readonly ToolProblem[] }) {
  if (!problems.length) return null;
  const focus = (field: string) => {
    const root = field.split('.')[0] ?? '';
    document.getElementById(fieldInputId(root === 'speakers' ? 'customerAuthorHas' : root))?.focus();
  };
  return (
    <div className={styles.summary} role="alert" data-testid="tool-problems">
      <strong>{tn('console_toolProblemsTitle', problems.length, problems.length)}</strong>
      <ul>
        {problems.map((problem, i) => (
          <li key={i} data-field={problem.field}>
            <button type="button" onClick={() => focus(problem.field)}>{toolFieldLabel(problem.field)}</button>
            {': '}
            {toolProblemText(problem)}
          </li>
        ))}
      </ul>
    </div>
  );
}
