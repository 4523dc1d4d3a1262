import { reportFailure } from '../diagnostics/log';
import { clearSetting, defineSetting, readSetting, writeSetting } from '../settings/store';
import { isBlank, parseToolFields, sameFields, type ToolFields } from './tool-fields';

/**
 * The tool description the team lead is writing, kept as they type (storage.local), so
 * closing the console, the browser's permission prompt or the browser itself loses nothing;
 * the console restores it when it opens. Cleared once the tool is saved.
 */
export interface ToolDraft {
  fields: ToolFields;
  at: number;
}

export const toolDraftSetting = defineSetting<ToolDraft | null>({
  area: 'local',
  key: 'kizuki:tool-draft',
  version: 1,
  fallback: null,
  migrations: { 1: (old) => old },
  parse: (value) => {
    if (value === null) return null;
    const v = value as Partial<ToolDraft> | undefined;
    const fields = parseToolFields(v?.fields);
    return fields && typeof v?.at === 'number' ? { fields, at: v.at } : null;
  },
});

/** The draft to restore, or null when it holds nothing that is not saved already. */
export async function draftToRestore(saved: readonly ToolFields[]): Promise<ToolDraft | null> {
  const draft = await readSetting(toolDraftSetting);
  if (!draft || isBlank(draft.fields) || saved.some((fields) => sameFields(fields, draft.fields))) return null;
  return draft;
}

/**
 * Writes the draft a moment after the last keystroke, and at once on `flush` (the console
 * calls it when it is hidden or closed, and before the permission prompt opens).
 */
export function createDraftKeeper(delayMs = 300, now: () => number = Date.now) {
  let pending: ToolFields | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = (fields: ToolFields): Promise<void> =>
    (isBlank(fields) ? clearSetting(toolDraftSetting) : writeSetting(toolDraftSetting, { fields, at: now() }))
      .catch((error: unknown) => reportFailure('console: keep the tool description', error));

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const fields = pending;
    pending = null;
    return fields ? write(fields) : Promise.resolve();
  };

  return {
    update(fields: ToolFields): void {
      pending = fields;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    /** The tool was saved: nothing is left to keep. */
    async clear(): Promise<void> {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      await clearSetting(toolDraftSetting).catch((error: unknown) => reportFailure('console: clear the tool description', error));
    },
  };
}
