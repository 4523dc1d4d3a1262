import { useCallback, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { TextField, ToolFields } from '@/lib/console/tool-fields';
import { cancelPick, pickInTab, type PickOutcome } from '@/lib/console/tool-picker';
import { reportFailure } from '@/lib/diagnostics/log';
import { PICKABLE } from './CustomToolForm';

export type PickStatus = { field: TextField; outcome: PickOutcome } | null;

/**
 * Point and click on the tool's page: the picked selector replaces the field's text, and the
 * preview follows it like anything typed.
 */
export function useToolPicker(tabId: number | null, fields: ToolFields, setFields: (update: (old: ToolFields) => ToolFields) => void) {
  const [picking, setPicking] = useState<TextField | null>(null);
  const [status, setStatus] = useState<PickStatus>(null);
  const messages = fields.messages.split('\n').map((l) => l.trim()).find(Boolean);

  const onPick = useCallback((field: TextField) => {
    const kind = PICKABLE[field];
    if (tabId === null || !kind) return;
    setPicking(field);
    setStatus(null);
    pickInTab(tabId, kind, { messages, hint: t(`console_pickHint_${field}` as MessageKey), foundLabel: t('console_pickFoundLabel') })
      .then((outcome) => {
        if (outcome.ok) setFields((old) => ({ ...old, [field]: outcome.selector }));
        setStatus({ field, outcome });
      }, (error: unknown) => {
        reportFailure('console: pick on the page', error);
        setStatus({ field, outcome: { ok: false, reason: 'failed' } });
      })
      .finally(() => setPicking(null));
  }, [tabId, messages, setFields]);

  const cancel = useCallback(() => {
    if (tabId !== null) void cancelPick(tabId);
  }, [tabId]);

  return { picking, status, onPick, cancel };
}

/** What became of a pick, in the lead's words. */
export function pickStatusText(status: NonNullable<PickStatus>): string {
  const { outcome } = status;
  if (outcome.ok) return t('console_pickDone', outcome.selector, outcome.count);
  return t(`console_pick_${outcome.reason.replace('-', '_')}` as MessageKey);
}
