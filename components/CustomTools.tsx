import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import type { CustomTool } from '@/lib/tools/schema';
import { validateCustomTool } from '@/lib/tools/schema';
import { loadCustomTools, problemsByField, registerToolScript, requestToolPermission, storeCustomTools, unregisterToolScript, upsertTool } from '@/lib/packs/custom-tools';
import { CustomToolForm, toolFromFields, fieldsFromTool, toolProblemText, type ToolFields } from './CustomToolForm';
import styles from './CustomTools.module.css';

/** In-house support tools described with selectors, so Kizuki can read them without new code. */
export function CustomTools() {
  const [tools, setTools] = useState<CustomTool[]>([]);
  const [fields, setFields] = useState<ToolFields>(fieldsFromTool(null));
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => void loadCustomTools().then(setTools), []);

  const save = () => {
    const result = validateCustomTool(toolFromFields(fields));
    if (!result.ok) {
      setProblems(problemsByField(result.problems, toolProblemText));
      setStatus({ ok: false, text: t('console_toolInvalid', result.problems.length) });
      return;
    }
    setProblems({});
    const tool = result.tool;
    // The permission prompt must open inside this click handler, before any other await.
    void requestToolPermission(tool).then(async (granted) => {
      if (!granted) return setStatus({ ok: false, text: t('console_toolPermissionDenied', tool.urlPattern) });
      const next = upsertTool(tools, tool);
      await storeCustomTools(next);
      await registerToolScript(tool);
      setTools(next);
      setStatus({ ok: true, text: t('console_toolSaved', tool.name) });
    }).catch((error: unknown) => setStatus({ ok: false, text: String(error) }));
  };

  const remove = async (tool: CustomTool) => {
    if (!window.confirm(t('console_toolConfirmDelete', tool.name))) return;
    const next = tools.filter((x) => x.id !== tool.id);
    await storeCustomTools(next);
    await unregisterToolScript(tool);
    setTools(next);
  };

  return (
    <section className={styles.tools}>
      <h2>{t('console_toolsTitle')}</h2>
      <p className="muted">{t('console_toolsHelp')}</p>
      {tools.length > 0 && (
        <ul className={styles.list}>
          {tools.map((tool) => (
            <li key={tool.id} data-testid="custom-tool">
              <strong>{tool.name}</strong> <code>{tool.urlPattern}</code>
              <span className={styles.actions}>
                <button type="button" onClick={() => { setFields(fieldsFromTool(tool)); setProblems({}); setStatus(null); }}>{t('console_edit')}</button>
                <button type="button" onClick={() => void remove(tool)}>{t('console_deleteRule')}</button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <CustomToolForm fields={fields} onChange={setFields} problems={problems} />
      <div className={styles.footer}>
        {status && <span className={status.ok ? styles.ok : styles.error} role="status" data-testid="tool-status">{status.text}</span>}
        <button type="button" onClick={() => { setFields(fieldsFromTool(null)); setProblems({}); setStatus(null); }}>{t('console_toolNew')}</button>
        <button type="button" className="primary" onClick={save} data-testid="tool-save">{t('console_toolSave')}</button>
      </div>
    </section>
  );
}
