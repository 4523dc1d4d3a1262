import { useEffect } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { useConsole } from '@/lib/console/store';
import { reportFailure } from '@/lib/diagnostics/log';
import { toolCatalog, type ListedTool, type ToolSource } from '@/lib/packs/pack-tools';
import type { CustomTool } from '@/lib/tools/schema';
import { ToolRow } from './ToolList';
import styles from './CustomTools.module.css';

const SOURCE_TEXT: Record<ToolSource, MessageKey> = {
  console: 'console_toolSource_console',
  subscription: 'console_toolSource_subscription',
  team: 'console_toolSource_team',
  managed: 'console_toolSource_managed',
};

function noteOf(entry: ListedTool): string {
  const from = t(SOURCE_TEXT[entry.source]);
  const fixes = entry.tool.extends ? t('console_toolExtends', entry.tool.extends) : '';
  const over = entry.overrides.length ? t('console_toolOverrides', entry.overrides.map((s) => t(SOURCE_TEXT[s])).join(', ')) : '';
  return [from, fixes, over].filter(Boolean).join(' · ');
}

/**
 * The tools the team's packs carry (the imported file, the subscribed URL, the policy), each with
 * whether Kizuki may read its pages and, if not, a button to allow it: the browser asks only
 * from that click. They are edited in the pack, not here.
 */
export function PackTools({ consoleTools, waitMs }: { consoleTools: readonly CustomTool[]; waitMs: number }) {
  const sources = useConsole((s) => s.sources);
  const reload = useConsole((s) => s.reload);
  useEffect(() => {
    if (!sources) reload().catch((error: unknown) => reportFailure('console: load the packs', error));
  }, [sources, reload]);
  const fromPacks = sources ? toolCatalog(sources, consoleTools).filter((entry) => entry.source !== 'console') : [];
  if (!fromPacks.length) return null;
  return (
    <section data-testid="pack-tools">
      <h3>{t('console_packToolsTitle')}</h3>
      <p className="muted">{t('console_packToolsHelp')}</p>
      <ul className={styles.list}>
        {fromPacks.map((entry) => <ToolRow key={entry.tool.id} tool={entry.tool} waitMs={waitMs} note={noteOf(entry)} testId="pack-tool" missing="console_toolAccessNotYet" />)}
      </ul>
    </section>
  );
}
