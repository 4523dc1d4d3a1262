import { t, type MessageKey } from '@/lib/i18n';
import type { CustomTool, ToolProblem } from '@/lib/tools/schema';
import styles from './CustomTools.module.css';

const TEXT_FIELDS = ['id', 'name', 'urlPattern', 'messages', 'text', 'author', 'customerMessage', 'customerAuthorHas', 'agentMessage', 'skip', 'draft', 'draftSkip', 'conversationIdFromUrl', 'conversationIdSelector', 'conversationIdAttribute', 'customerName', 'customerKey'] as const;
const CALL_STATES = ['ringing', 'connected', 'on-hold', 'ended'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export type ToolFields = Record<TextField, string> & { channel: string; callSelector: string; callLabels: Record<(typeof CALL_STATES)[number], string> };

const PLACEHOLDER: Partial<Record<TextField, string>> = {
  urlPattern: 'https://support.example.co.jp/tickets/*',
  messages: '.thread .message',
  customerMessage: '.message--customer',
  text: '.message__body',
  draft: '#reply textarea',
  conversationIdFromUrl: '/tickets/{id}  or  ?id={id}',
  customerName: '.customer-card .name',
  author: '.message-header',
  customerAuthorHas: '{customer.email}',
  agentMessage: '.message--staff',
  skip: '.quoted-text',
  draftSkip: '.signature',
};

const REQUIRED = new Set<TextField>(['id', 'name', 'urlPattern', 'messages', 'draft']);
/** Fields that are lists in the format: one per line in the form. */
const LISTS = new Set<TextField>(['messages', 'text', 'draft', 'customerName', 'customerKey', 'customerAuthorHas']);
const SPEAKER_FIELDS = new Set<TextField>(['customerAuthorHas', 'agentMessage']);

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

/** Speaker fields are stored under "speakers": their problems come back under that name. */
const fieldOf = (k: TextField): string => (SPEAKER_FIELDS.has(k) ? 'speakers' : k);
const HINTED = new Set<TextField>(['urlPattern', 'draft', 'conversationIdFromUrl', 'customerAuthorHas', 'messages']);

function Problems({ list }: { list: string[] | undefined }) {
  return list?.length ? <ul className={styles.problems} data-testid="tool-problem">{list.map((p, i) => <li key={i}>{p}</li>)}</ul> : null;
}

/** A form over CustomToolSchema; problems appear beside the field they belong to. */
export function CustomToolForm({ fields, onChange, problems }: { fields: ToolFields; onChange: (f: ToolFields) => void; problems: Record<string, string[]> }) {
  return (
    <div className={styles.form}>
      {problems[''] && <Problems list={problems['']} />}
      {TEXT_FIELDS.map((k) => (
        <label key={k} className={styles.field}>
          <span>{t(`console_tool_${k}` as MessageKey)}{REQUIRED.has(k) && ' *'}</span>
          {LISTS.has(k)
            ? <textarea rows={Math.max(1, fields[k].split('\n').length)} value={fields[k]} placeholder={PLACEHOLDER[k]} onChange={(e) => onChange({ ...fields, [k]: e.target.value })} data-testid={`tool-${k}`} aria-invalid={!!problems[fieldOf(k)]} />
            : <input value={fields[k]} placeholder={PLACEHOLDER[k]} onChange={(e) => onChange({ ...fields, [k]: e.target.value })} data-testid={`tool-${k}`} aria-invalid={!!problems[fieldOf(k)]} />}
          {HINTED.has(k) && <small className="muted">{t(`console_toolHint_${k}` as MessageKey)}</small>}
          <Problems list={problems[fieldOf(k)]} />
        </label>
      ))}
      <label className={styles.field}>
        <span>{t('console_tool_channel')}</span>
        <select value={fields.channel} onChange={(e) => onChange({ ...fields, channel: e.target.value })}>
          <option value="">{t('console_toolChannelAuto')}</option>
          <option value="chat">chat</option>
          <option value="voice">voice</option>
          <option value="email">email</option>
        </select>
        <Problems list={problems.channel} />
      </label>
      <fieldset className={styles.callState}>
        <legend>{t('console_tool_callState')}</legend>
        <label className={styles.field}>
          <span>{t('console_tool_callSelector')}</span>
          <input value={fields.callSelector} placeholder=".softphone .status" onChange={(e) => onChange({ ...fields, callSelector: e.target.value })} />
          <Problems list={problems['callState.selector'] ?? problems.callState} />
        </label>
        {CALL_STATES.map((s) => (
          <label key={s} className={styles.field}>
            <span>{t('console_tool_callLabel', s)}</span>
            <input value={fields.callLabels[s]} onChange={(e) => onChange({ ...fields, callLabels: { ...fields.callLabels, [s]: e.target.value } })} />
          </label>
        ))}
      </fieldset>
    </div>
  );
}

/** A tool problem in the team lead's language. */
export function toolProblemText(problem: ToolProblem): string {
  return t(`console_toolProblem_${problem.code.replaceAll('-', '_')}` as MessageKey, problem.value ?? '');
}
