import { useCallback, useState } from 'react';
import { askWithin } from '@/lib/console/permission';
import { toolFromFields, type ToolFields } from '@/lib/console/tool-fields';
import { reportFailure } from '@/lib/diagnostics/log';
import { loadCustomTools, problemsByField, registerToolScript, requestToolPermission, storeCustomTools, upsertTool } from '@/lib/packs/custom-tools';
import { validateCustomTool, type CustomTool, type ToolProblem } from '@/lib/tools/schema';

/** Where saving stands. Whatever the outcome, the form keeps what was typed until it is saved. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'invalid'; count: number }
  | { kind: 'asking'; pattern: string }
  | { kind: 'saved'; name: string }
  | { kind: 'refused'; pattern: string }
  | { kind: 'unanswered'; pattern: string }
  | { kind: 'granted-late'; pattern: string }
  | { kind: 'failed'; message: string };

interface Options {
  fields: ToolFields;
  waitMs: number;
  /** Words a problem in the lead's language. */
  word: (problem: ToolProblem) => string;
  /** Before the prompt opens: the draft is written at once, in case the browser goes away. */
  beforeAsking: () => void;
  onSaved: (tools: CustomTool[], tool: CustomTool) => Promise<void>;
}

/** Validation first, every problem at once; then the site's access, waited for with an end; then store and register. */
export function useToolSave({ fields, waitMs, word, beforeAsking, onSaved }: Options) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [list, setList] = useState<ToolProblem[]>([]);

  const save = useCallback(() => {
    const result = validateCustomTool(toolFromFields(fields));
    if (!result.ok) {
      setProblems(problemsByField(result.problems, word));
      setList(result.problems);
      return setState({ kind: 'invalid', count: result.problems.length });
    }
    setProblems({});
    setList([]);
    const tool = result.tool;
    beforeAsking();
    setState({ kind: 'asking', pattern: tool.urlPattern });
    // The prompt must open inside this click handler, before anything is awaited.
    const late = (granted: boolean) => granted && setState((s) => (s.kind === 'unanswered' ? { kind: 'granted-late', pattern: tool.urlPattern } : s));
    void askWithin(() => requestToolPermission(tool), waitMs, late).then(async (outcome) => {
      if (outcome.kind === 'refused' || outcome.kind === 'unanswered') return setState({ kind: outcome.kind, pattern: tool.urlPattern });
      if (outcome.kind === 'failed') throw new Error(outcome.message);
      // What is stored now, not what this page loaded: another console may have saved since.
      const next = upsertTool(await loadCustomTools(), tool);
      await storeCustomTools(next);
      await registerToolScript(tool);
      await onSaved(next, tool);
      setState({ kind: 'saved', name: tool.name });
    }).catch((error: unknown) => {
      reportFailure('console: save a tool', error);
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    });
  }, [fields, waitMs, word, beforeAsking, onSaved]);

  const reset = useCallback(() => {
    setState({ kind: 'idle' });
    setProblems({});
    setList([]);
  }, []);

  return { state, problems, list, save, reset };
}
