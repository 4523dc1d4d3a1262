import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { reportFailure } from '@/lib/diagnostics/log';
import { consoleToolsUrl, toolsWithoutAccess, type ToolWithoutAccess } from '@/lib/panel/fix-links';
import { usePanelStore } from '@/lib/panel/store';
import { EnableSiteButton } from './EnableSiteButton';
import styles from './NotDetectedFix.module.css';

export type NotDetectedReason = 'not-reading' | 'no-tool' | 'no-conversation' | 'unreadable';

const CONSOLE_LINK = {
  'not-reading': 'panel_fixDescribeTool',
  'no-tool': 'panel_fixDescribeTool',
  'no-conversation': 'panel_fixCheckTool',
  unreadable: 'panel_fixCheckTool',
} as const;

/**
 * The fix for each "not detected": let Kizuki read the site, or — for a team lead — the
 * console's Support tools, where a tool is described, checked, or given its access back.
 */
export function NotDetectedFix({ reason }: { reason: NotDetectedReason }) {
  const tabId = usePanelStore((state) => state.tabId);
  const [lacking, setLacking] = useState<ToolWithoutAccess[]>([]);

  useEffect(() => {
    let live = true;
    toolsWithoutAccess(tabId).then((found) => live && setLacking(found), (error: unknown) => reportFailure('panel: check the tools\' access', error));
    return () => { live = false; };
  }, [tabId]);

  const href = consoleToolsUrl();
  return (
    <div className={styles.fixes} data-testid="not-detected-fix">
      {lacking.map((tool) => (
        <p key={tool.name} className={styles.note} data-testid="fix-permission">
          {t(tool.certain ? 'panel_fixNoAccess' : 'panel_fixMaybeNoAccess', tool.name)}{' '}
          <a href={href} target="_blank" rel="noreferrer">{t('panel_fixGrantInConsole')}</a>
        </p>
      ))}
      {reason !== 'no-conversation' && <EnableSiteButton />}
      <a className={styles.link} href={href} target="_blank" rel="noreferrer" data-testid="fix-console">{t(CONSOLE_LINK[reason])}</a>
    </div>
  );
}
