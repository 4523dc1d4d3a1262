import { t, type MessageKey } from '@/lib/i18n';
import type { CustomTool } from '@/lib/tools/schema';
import styles from './CustomTools.module.css';

const TEXT_FIELDS = ['id', 'name', 'urlPattern', 'messages', 'customerMessage', 'text', 'draft', 'conversationIdFromUrl', 'conversationIdSelector', 'conversationIdAttribute', 'customerName', 'customerKey'] as const;
const CALL_STATES = ['ringing', 'connected', 'on-hold', 'ended'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export type ToolFields = Record<TextField, string> & { channel: string; callSelector: string; callLabels: Record<(typeof CALL_STATES)[number], string> };

const PLACEHOLDER: Partial<Record<TextField, string>> = {
  urlPattern: 'https://support.example.co.jp/tickets/*',
  messages: '.thread .message',
  customerMessage: '.message--customer',
  text: '.message__body',
  draft: '#reply textarea',
  conversationIdFromUrl: '/tickets/{id}',
  customerName: '.customer-card .name',
};

const REQUIRED = new Set<TextField>(['id', 'name', 'urlPattern', 'messages', 'customerMessage', 'draft']);

export function fieldsFromTool(tool: CustomTool | null): ToolFields {
  const text = Object.fromEntries(TEXT_FIELDS.map((k) => [k, tool?.[k] ?? ''])) as Record<TextField, string>;
  const labels = Object.fromEntries(CALL_STATES.map((s) => [s, tool?.callState?.labels[s] ?? ''])) as ToolFields['callLabels'];
  return { ...text, channel: tool?.channel ?? '', callSelector: tool?.callState?.selector ?? '', callLabels: labels };
}

/** The form's strings as the tool JSON: empty optional fields are left out. */
export function toolFromFields(fields: ToolFields): Record<string, unknown> {
  const tool: Record<string, unknown> = {};
  for (const k of TEXT_FIELDS) if (fields[k].trim() || REQUIRED.has(k)) tool[k] = fields[k].trim();
  if (fields.channel) tool.channel = fields.channel;
  if (fields.callSelector.trim()) {
    const labels = Object.fromEntries(Object.entries(fields.callLabels).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));
    tool.callState = { selector: fields.callSelector.trim(), labels };
  }
  return tool;
}

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
          <input value={fields[k]} placeholder={PLACEHOLDER[k]} onChange={(e) => onChange({ ...fields, [k]: e.target.value })} data-testid={`tool-${k}`} aria-invalid={!!problems[k]} />
          <Problems list={problems[k]} />
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
