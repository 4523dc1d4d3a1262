import { lazy, Suspense, type ComponentProps } from 'react';
import { t } from '@/lib/i18n';
import styles from './RuleJsonEditor.module.css';

/**
 * CodeMirror, its JSON grammar and the schema's linting and completion (with the highlighter the
 * schema package renders its messages with) load when a rule's editor first opens, not with the
 * console: the rules list and the charts do not wait for them.
 */
const RuleJsonEditor = lazy(() => import('./RuleJsonEditor').then((m) => ({ default: m.RuleJsonEditor })));

export function LazyRuleJsonEditor(props: ComponentProps<typeof RuleJsonEditor>) {
  return (
    <Suspense fallback={<div className={`${styles.editor} ${styles.loading}`} role="status" aria-busy="true" data-testid="rule-json-loading">{t('console_jsonLoading')}</div>}>
      <RuleJsonEditor {...props} />
    </Suspense>
  );
}
