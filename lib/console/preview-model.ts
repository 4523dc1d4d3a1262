import { validateCustomTool, type CustomTool } from '../tools/schema';
import { toolFromFields, type ToolFields } from './tool-fields';

/**
 * What "Test on this tab" runs: the form's description as far as it is usable now. A lead
 * tries selectors before naming the tool, and a selector being typed is invalid for a
 * moment, so the preview fills in a stand-in id and name and leaves out the fields that do
 * not validate yet (named in `left`) rather than showing nothing.
 */
export type Previewable =
  | { ok: true; tool: CustomTool; left: string[] }
  | { ok: false; why: 'pattern' | 'nothing' };

const STAND_IN = { id: 'preview', name: 'Preview' };

export function previewableTool(fields: ToolFields): Previewable {
  const raw: Record<string, unknown> = { ...toolFromFields(fields) };
  if (!fields.messages.trim() && !fields.draft.trim()) return { ok: false, why: 'nothing' };
  const left = new Set<string>();
  for (let round = 0; round < 3; round++) {
    const result = validateCustomTool(raw);
    if (result.ok) return { ok: true, tool: result.tool, left: [...left].filter((f) => f !== 'id' && f !== 'name') };
    for (const problem of result.problems) {
      const field = problem.field.split('.')[0] ?? '';
      if (field === 'urlPattern' || field === '') return { ok: false, why: 'pattern' };
      if (field === 'id' || field === 'name') raw[field] = STAND_IN[field];
      else delete raw[field];
      left.add(field);
    }
    if (raw.messages === undefined && raw.draft === undefined) return { ok: false, why: 'nothing' };
  }
  return { ok: false, why: 'nothing' };
}

/**
 * Why a tab could not be read, from the browser's error: it closed or went elsewhere
 * ("gone"), Kizuki may not read that page ("no-access"), or something else.
 */
export function classifyTabError(error: unknown): 'gone' | 'no-access' | 'failed' {
  const message = error instanceof Error ? error.message : String(error);
  if (/no tab with id|tab was closed|frame with id \d+ (was removed|is showing error page)|no frame with id|tab.*(discarded|removed)/i.test(message)) return 'gone';
  if (/cannot access|missing host permission|must request permission|cannot be scripted/i.test(message)) return 'no-access';
  return 'failed';
}
