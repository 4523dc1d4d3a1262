import { useEffect, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { askWithin } from '@/lib/console/permission';
import { reportFailure } from '@/lib/diagnostics/log';
import { hasToolPermission, registerToolScript, requestToolPermission } from '@/lib/packs/custom-tools';
import type { CustomTool } from '@/lib/tools/schema';
import styles from './CustomTools.module.css';

type Access = 'checking' | 'granted' | 'missing' | 'asking' | 'unanswered';

/**
 * One saved tool, and whether Kizuki may read its pages: access can be withdrawn in the
 * browser's settings, and then the panel says "not detected" — this is where it is fixed.
 */
export function ToolRow({ tool, waitMs, onEdit, onRemove, note, testId = 'custom-tool', missing = 'console_toolAccessMissing' }: {
  tool: CustomTool;
  waitMs: number;
  onEdit?: () => void;
  onRemove?: () => void;
  /** Where the definition comes from, or what overrides it. */
  note?: string;
  testId?: string;
  /** What missing access means here: withdrawn (a saved tool) or never given (a pack's). */
  missing?: MessageKey;
}) {
  const [access, setAccess] = useState<Access>('checking');
  useEffect(() => {
    let live = true;
    hasToolPermission(tool.urlPattern).then((ok) => live && setAccess(ok ? 'granted' : 'missing'), (error: unknown) => reportFailure('console: check a tool\'s access', error));
    return () => { live = false; };
  }, [tool.urlPattern]);

  const grant = () => {
    setAccess('asking');
    const late = (granted: boolean) => {
      if (!granted) return;
      setAccess('granted');
      registerToolScript(tool).catch((error: unknown) => reportFailure('console: register a tool', error));
    };
    void askWithin(() => requestToolPermission(tool), waitMs, late).then(async (outcome) => {
      if (outcome.kind === 'granted') await registerToolScript(tool);
      setAccess(outcome.kind === 'granted' ? 'granted' : outcome.kind === 'unanswered' ? 'unanswered' : 'missing');
    }).catch((error: unknown) => {
      reportFailure('console: grant a tool\'s access', error);
      setAccess('missing');
    });
  };

  return (
    <li data-testid={testId} data-tool-id={tool.id} data-access={access}>
      <strong>{tool.name}</strong> <code>{tool.urlPattern}</code>
      {note && <span className="muted"> {note}</span>}
      {access === 'granted' && <span className={styles.ok}>{t('console_toolAccessGranted')}</span>}
      {(access === 'missing' || access === 'unanswered') && (
        <span className={styles.error}>
          {t(access === 'missing' ? missing : 'console_toolAccessUnanswered')}{' '}
          <button type="button" onClick={grant} data-testid="tool-grant">{t('console_toolGrant')}</button>
        </span>
      )}
      {access === 'asking' && <span className={styles.waiting}>{t('console_toolAsking', tool.urlPattern)}</span>}
      {(onEdit || onRemove) && (
        <span className={styles.actions}>
          {onEdit && <button type="button" onClick={onEdit}>{t('console_edit')}</button>}
          {onRemove && <button type="button" onClick={onRemove}>{t('console_deleteRule')}</button>}
        </span>
      )}
    </li>
  );
}

export function ToolList({ tools, waitMs, onEdit, onRemove }: { tools: CustomTool[]; waitMs: number; onEdit: (tool: CustomTool) => void; onRemove: (tool: CustomTool) => void }) {
  if (!tools.length) return null;
  return (
    <ul className={styles.list}>
      {tools.map((tool) => <ToolRow key={tool.id} tool={tool} waitMs={waitMs} onEdit={() => onEdit(tool)} onRemove={() => onRemove(tool)} />)}
    </ul>
  );
}
