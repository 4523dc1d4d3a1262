import { t, type MessageKey } from '@/lib/i18n';
import { CALL_STATES, fieldOf, LISTS, REQUIRED, TEXT_FIELDS, type TextField, type ToolFields } from '@/lib/console/tool-fields';
import type { PickKind } from '@/lib/console/picker/selector';
import type { ToolProblem } from '@/lib/tools/schema';
import styles from './CustomTools.module.css';

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

const HINTED = new Set<TextField>(['urlPattern', 'draft', 'conversationIdFromUrl', 'customerAuthorHas', 'messages']);
/** Fields the picker can fill by clicking on the page. */
export const PICKABLE: Partial<Record<TextField, PickKind>> = {
  messages: 'messages', customerMessage: 'customerMessage', draft: 'draft', customerName: 'customerName', customerKey: 'customerKey', author: 'author',
};

/** The input's id, so a problem in the summary can take the lead to its field. */
export const fieldInputId = (k: string) => `tool-field-${k}`;

export interface PickerControl {
  /** A tab to pick in (from "Test on this tab"); without one the buttons say how to get one. */
  available: boolean;
  picking: TextField | null;
  onPick(field: TextField): void;
}

function Problems({ list }: { list: string[] | undefined }) {
  return list?.length ? <ul className={styles.problems} data-testid="tool-problem">{list.map((p, i) => <li key={i}>{p}</li>)}</ul> : null;
}

function PickButton({ field, picker }: { field: TextField; picker: PickerControl | undefined }) {
  if (!picker || !PICKABLE[field]) return null;
  return (
    <button
      type="button"
      className={styles.pick}
      disabled={!picker.available || picker.picking !== null}
      title={picker.available ? t('console_pickTitle') : t('console_pickNeedsTab')}
      onClick={() => picker.onPick(field)}
      data-testid={`tool-pick-${field}`}
    >
      {picker.picking === field ? t('console_picking') : t('console_pick')}
    </button>
  );
}

/** A form over CustomToolSchema; problems appear beside the field they belong to. */
export function CustomToolForm({ fields, onChange, problems, picker }: { fields: ToolFields; onChange: (f: ToolFields) => void; problems: Record<string, string[]>; picker?: PickerControl }) {
  return (
    <div className={styles.form}>
      {problems[''] && <Problems list={problems['']} />}
      {TEXT_FIELDS.map((k) => (
        <div key={k} className={styles.field} data-field={k}>
          <span className={styles.labelLine}>
            <label htmlFor={fieldInputId(k)}>{t(`console_tool_${k}` as MessageKey)}{REQUIRED.has(k) && ' *'}</label>
            <PickButton field={k} picker={picker} />
          </span>
          {LISTS.has(k)
            ? <textarea id={fieldInputId(k)} rows={Math.max(1, fields[k].split('\n').length)} value={fields[k]} placeholder={PLACEHOLDER[k]} onChange={(e) => onChange({ ...fields, [k]: e.target.value })} data-testid={`tool-${k}`} aria-invalid={!!problems[fieldOf(k)]} />
            : <input id={fieldInputId(k)} value={fields[k]} placeholder={PLACEHOLDER[k]} onChange={(e) => onChange({ ...fields, [k]: e.target.value })} data-testid={`tool-${k}`} aria-invalid={!!problems[fieldOf(k)]} />}
          {HINTED.has(k) && <small className="muted">{t(`console_toolHint_${k}` as MessageKey)}</small>}
          <Problems list={problems[fieldOf(k)]} />
        </div>
      ))}
      <label className={styles.field}>
        <span>{t('console_tool_channel')}</span>
        <select id={fieldInputId('channel')} value={fields.channel} onChange={(e) => onChange({ ...fields, channel: e.target.value })}>
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
          <input id={fieldInputId('callState')} value={fields.callSelector} placeholder=".softphone .status" onChange={(e) => onChange({ ...fields, callSelector: e.target.value })} />
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

/** The name of the field a problem belongs to, as the form labels it. */
export function toolFieldLabel(field: string): string {
  const root = field.split('.')[0] ?? '';
  if (root === 'speakers') return t('console_tool_speakers');
  if (root === 'callState') return t('console_tool_callState');
  return (TEXT_FIELDS as readonly string[]).includes(root) || root === 'channel' ? t(`console_tool_${root}` as MessageKey) : t('console_toolWhole');
}
