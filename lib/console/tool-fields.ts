import type { CustomTool } from '../tools/schema';

/**
 * The console's form over a tool description: every field as the text the team lead typed
 * (lists one per line), so a half-written description can be kept, restored and previewed
 * before it is valid. `toolFromFields` turns it into the tool JSON the validator checks.
 */
export const TEXT_FIELDS = ['id', 'name', 'urlPattern', 'messages', 'text', 'author', 'customerMessage', 'customerAuthorHas', 'agentMessage', 'skip', 'draft', 'draftSkip', 'conversationIdFromUrl', 'conversationIdSelector', 'conversationIdAttribute', 'customerName', 'customerKey'] as const;
export const CALL_STATES = ['ringing', 'connected', 'on-hold', 'ended'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export type ToolFields = Record<TextField, string> & { channel: string; callSelector: string; callLabels: Record<(typeof CALL_STATES)[number], string> };

export const REQUIRED = new Set<TextField>(['id', 'name', 'urlPattern', 'messages', 'draft']);
/** Fields that are lists in the format: one per line in the form. */
export const LISTS = new Set<TextField>(['messages', 'text', 'draft', 'customerName', 'customerKey', 'customerAuthorHas']);
const SPEAKER_FIELDS = new Set<TextField>(['customerAuthorHas', 'agentMessage']);

/** Speaker fields are stored under "speakers": their problems come back under that name. */
export const fieldOf = (k: TextField): string => (SPEAKER_FIELDS.has(k) ? 'speakers' : k);

function fieldText(tool: CustomTool | null, k: TextField): string {
  if (!tool) return '';
  if (k === 'customerAuthorHas') return (tool.speakers?.customer?.authorHas ?? []).join('\n');
  if (k === 'agentMessage') return tool.speakers?.agent?.selector ?? '';
  if (k === 'customerMessage') return tool.customerMessage ?? tool.speakers?.customer?.selector ?? '';
  const v = (tool as Record<string, unknown>)[k];
  return Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '';
}

export function fieldsFromTool(tool: CustomTool | null): ToolFields {
  const text = Object.fromEntries(TEXT_FIELDS.map((k) => [k, fieldText(tool, k)])) as Record<TextField, string>;
  const labels = Object.fromEntries(CALL_STATES.map((s) => [s, tool?.callState?.labels[s] ?? ''])) as ToolFields['callLabels'];
  return { ...text, channel: tool?.channel ?? '', callSelector: tool?.callState?.selector ?? '', callLabels: labels };
}

/** The form's strings as the tool JSON: empty optional fields are left out. */
export function toolFromFields(fields: ToolFields): Record<string, unknown> {
  const tool: Record<string, unknown> = {};
  const lines = (k: TextField) => fields[k].split('\n').map((l) => l.trim()).filter(Boolean);
  for (const k of TEXT_FIELDS) {
    if (SPEAKER_FIELDS.has(k) || (!fields[k].trim() && !REQUIRED.has(k))) continue;
    const values = lines(k);
    tool[k] = LISTS.has(k) && values.length > 1 ? values : fields[k].trim();
  }
  // Speaker rules by text: the customer is whoever the author line names, or what matches a selector.
  if (fields.customerAuthorHas.trim() || fields.agentMessage.trim()) {
    const customer = { ...(fields.customerMessage.trim() ? { selector: fields.customerMessage.trim() } : {}), ...(fields.customerAuthorHas.trim() ? { authorHas: lines('customerAuthorHas') } : {}) };
    delete tool.customerMessage;
    tool.speakers = {
      ...(Object.keys(customer).length ? { customer } : {}),
      ...(fields.agentMessage.trim() ? { agent: { selector: fields.agentMessage.trim() } } : {}),
      otherwise: 'structure',
    };
  }
  if (fields.channel) tool.channel = fields.channel;
  if (fields.callSelector.trim()) {
    const labels = Object.fromEntries(Object.entries(fields.callLabels).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));
    tool.callState = { selector: fields.callSelector.trim(), labels };
  }
  return tool;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Form fields read back from storage, or null when they are not a form's. Fields a later
 * version added are filled in empty, so an older draft still restores.
 */
export function parseToolFields(value: unknown): ToolFields | null {
  if (!isRecord(value)) return null;
  const empty = fieldsFromTool(null);
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const labels = isRecord(value.callLabels) ? value.callLabels : {};
  const out: ToolFields = {
    ...empty,
    ...Object.fromEntries(TEXT_FIELDS.map((k) => [k, text(value[k])])),
    channel: text(value.channel),
    callSelector: text(value.callSelector),
    callLabels: Object.fromEntries(CALL_STATES.map((s) => [s, text(labels[s])])) as ToolFields['callLabels'],
  };
  return out;
}

/** Nothing typed: the form as a new tool starts. */
export function isBlank(fields: ToolFields): boolean {
  return sameFields(fields, fieldsFromTool(null));
}

export function sameFields(a: ToolFields, b: ToolFields): boolean {
  return TEXT_FIELDS.every((k) => a[k] === b[k]) && a.channel === b.channel && a.callSelector === b.callSelector && CALL_STATES.every((s) => a.callLabels[s] === b.callLabels[s]);
}
