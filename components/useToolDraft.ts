import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createDraftKeeper, draftToRestore, type ToolDraft } from '@/lib/console/tool-draft';
import { fieldsFromTool, type ToolFields } from '@/lib/console/tool-fields';
import { reportFailure } from '@/lib/diagnostics/log';
import type { CustomTool } from '@/lib/tools/schema';

/**
 * The form's fields, kept in storage as the lead types (see lib/console/tool-draft.ts) and
 * restored when the console opens. `restored` says a description came back, once.
 */
export function useToolDraft(saved: CustomTool[] | null) {
  const keeper = useMemo(() => createDraftKeeper(), []);
  const [fields, setFieldsState] = useState<ToolFields>(() => fieldsFromTool(null));
  const [restored, setRestored] = useState<ToolDraft | null>(null);
  const asked = useRef(false);

  // Restore once the saved tools are known (a draft equal to one of them is nothing new).
  useEffect(() => {
    if (!saved || asked.current) return;
    asked.current = true;
    draftToRestore(saved.map(fieldsFromTool)).then((draft) => {
      if (!draft) return;
      setFieldsState(draft.fields);
      setRestored(draft);
    }, (error: unknown) => reportFailure('console: restore the tool description', error));
  }, [saved]);

  // Closing the console or switching away writes what is pending at once.
  useEffect(() => {
    const flush = () => void keeper.flush();
    const hidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      flush();
    };
  }, [keeper]);

  const current = useRef(fields);
  current.current = fields;
  const setFields = useCallback((next: ToolFields | ((old: ToolFields) => ToolFields)) => {
    const value = typeof next === 'function' ? next(current.current) : next;
    current.current = value;
    setFieldsState(value);
    keeper.update(value);
  }, [keeper]);

  /** The form shows another tool (or a new one): what is typed now is that. */
  const replace = useCallback((next: ToolFields) => {
    setRestored(null);
    setFields(next);
  }, [setFields]);

  /** The tool was saved: no draft is left. */
  const cleared = useCallback(() => {
    setRestored(null);
    return keeper.clear();
  }, [keeper]);

  return { fields, setFields, replace, restored, dismissRestored: () => setRestored(null), flush: keeper.flush, cleared };
}
