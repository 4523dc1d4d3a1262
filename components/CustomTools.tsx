import { useCallback, useEffect, useMemo, useState } from 'react';
import { getLanguage, t } from '@/lib/i18n';
import { permissionWaitMs } from '@/lib/console/permission';
import { fieldsFromTool, isBlank, sameFields } from '@/lib/console/tool-fields';
import { loadCustomTools, storeCustomTools, unregisterToolScript } from '@/lib/packs/custom-tools';
import { reportFailure } from '@/lib/diagnostics/log';
import type { CustomTool } from '@/lib/tools/schema';
import { CustomToolForm, toolProblemText } from './CustomToolForm';
import { ToolList } from './ToolList';
import { PackTools } from './PackTools';
import { ToolPreview } from './ToolPreview';
import { ToolProblemList } from './ToolProblemList';
import { ToolSaveBar } from './ToolSaveBar';
import { useToolDraft } from './useToolDraft';
import { pickStatusText, useToolPicker } from './useToolPicker';
import { useToolPreview } from './useToolPreview';
import { useToolSave } from './useToolSave';
import styles from './CustomTools.module.css';

/**
 * In-house support tools described with selectors, so Kizuki can read them without new code.
 * The description is tried on the real page as it is written ("Test on this tab", the picker)
 * and kept as it is typed, so nothing is lost before it is saved.
 */
export function CustomTools() {
  const [tools, setTools] = useState<CustomTool[] | null>(null);
  const waitMs = useMemo(() => permissionWaitMs(location.search), []);
  const draft = useToolDraft(tools);
  const { fields, setFields, cleared, flush } = draft;

  useEffect(() => {
    loadCustomTools().then(setTools, (error: unknown) => {
      reportFailure('console: load the tools', error);
      setTools([]);
    });
  }, []);

  const onSaved = useCallback(async (next: CustomTool[]) => {
    setTools(next);
    await cleared();
  }, [cleared]);
  const beforeAsking = useCallback(() => void flush(), [flush]);
  const saving = useToolSave({ fields, waitMs, word: toolProblemText, beforeAsking, onSaved });
  const preview = useToolPreview(fields, waitMs);
  const picker = useToolPicker(preview.tabId, fields, setFields);

  const unsaved = !isBlank(fields) && !(tools ?? []).some((tool) => sameFields(fieldsFromTool(tool), fields));
  /** Another tool (or a new one) in the form; what is being typed is given up only when the lead says so. */
  const show = (tool: CustomTool | null, ask = true) => {
    if (ask && unsaved && !window.confirm(t('console_toolReplaceDraft'))) return;
    draft.replace(fieldsFromTool(tool));
    saving.reset();
  };

  const remove = async (tool: CustomTool) => {
    if (!window.confirm(t('console_toolConfirmDelete', tool.name))) return;
    const next = (tools ?? []).filter((x) => x.id !== tool.id);
    await storeCustomTools(next);
    await unregisterToolScript(tool);
    setTools(next);
  };

  return (
    <section className={styles.tools}>
      <h2>{t('console_toolsTitle')}</h2>
      <p className="muted">{t('console_toolsHelp')}</p>
      <ToolList tools={tools ?? []} waitMs={waitMs} onEdit={show} onRemove={(tool) => void remove(tool).catch((error: unknown) => reportFailure('console: delete a tool', error))} />
      <PackTools consoleTools={tools ?? []} waitMs={waitMs} />
      {draft.restored && (
        <p className={styles.restored} role="status" data-testid="tool-restored">
          {t('console_toolRestored', new Date(draft.restored.at).toLocaleString(getLanguage() === 'ja' ? 'ja-JP' : 'en-GB'))}{' '}
          <button type="button" onClick={draft.dismissRestored}>{t('console_toolKeepRestored')}</button>{' '}
          <button type="button" onClick={() => show(null, false)} data-testid="tool-discard">{t('console_toolDiscard')}</button>
        </p>
      )}
      <ToolProblemList problems={saving.list} />
      <div className={styles.workbench}>
        <div>
          {picker.picking && (
            <p className={styles.waiting} role="status" data-testid="pick-waiting">
              {t('console_pickWaiting')} <button type="button" onClick={picker.cancel}>{t('console_pickCancel')}</button>
            </p>
          )}
          {picker.status && !picker.picking && <p className={picker.status.outcome.ok ? styles.ok : styles.error} role="status" data-testid="pick-status">{pickStatusText(picker.status)}</p>}
          <CustomToolForm fields={fields} onChange={setFields} problems={saving.problems} picker={{ available: preview.tabId !== null, picking: picker.picking, onPick: picker.onPick }} />
        </div>
        <ToolPreview control={preview} pattern={fields.urlPattern.trim()} />
      </div>
      <ToolSaveBar state={saving.state} onSave={saving.save} onNew={() => show(null)} />
    </section>
  );
}
