import { t, type MessageKey } from '@/lib/i18n';
import type { InMessageMatch, MessagePart, PagePart, PartMatch, ToolPreview } from '@/lib/console/preview-in-page';
import { toolFieldLabel } from './CustomToolForm';
import styles from './CustomTools.module.css';

const PAGE_PARTS: readonly PagePart[] = ['messages', 'draft', 'customerName', 'customerKey', 'conversationIdSelector', 'detect', 'callState'];
const MESSAGE_PARTS: readonly MessagePart[] = ['text', 'author', 'skip', 'customerMessage', 'agentMessage'];
const PART_LABEL: Partial<Record<PagePart | MessagePart, MessageKey>> = { detect: 'console_previewDetect', callState: 'console_tool_callSelector', agentMessage: 'console_tool_agentMessage' };
const label = (part: PagePart | MessagePart) => (PART_LABEL[part] ? t(PART_LABEL[part]) : toolFieldLabel(part));

const HOW_TEXT = { tool: 'console_previewHow_tool', structure: 'console_previewHow_structure', focus: 'console_previewHow_structure', url: 'console_previewHow_url', page: 'console_previewHow_structure', assumed: 'console_previewHow_structure', none: 'console_previewHow_none' } as const;
const ID_FROM = { address: 'console_previewIdFrom_address', selector: 'console_previewIdFrom_selector', guessed: 'console_previewIdFrom_guessed', none: 'console_previewIdFrom_none' } as const;

function PageRow({ part, match }: { part: PagePart; match: PartMatch }) {
  const used = match.used === null ? 0 : match.selectors[match.used]?.count ?? 0;
  return (
    <li data-testid="preview-part" data-part={part} data-count={used} data-ok={match.used !== null}>
      <span className={styles.partName}>{label(part)}</span>
      <ul>
        {match.selectors.map((s, i) => (
          <li key={i} data-used={i === match.used}>
            <code>{s.selector}</code> — {s.count === 0 ? t('console_previewFoundNone') : t('console_previewFound', s.count)}
            {i === match.used && match.selectors.length > 1 && <strong> · {t('console_previewUsed')}</strong>}
          </li>
        ))}
      </ul>
    </li>
  );
}

function MessageRow({ part, match, of }: { part: MessagePart; match: InMessageMatch; of: number }) {
  return (
    <li data-testid="preview-part" data-part={part} data-count={match.messages} data-ok={match.messages > 0}>
      <span className={styles.partName}>{label(part)}</span>
      <code>{match.selector}</code> — {t('console_previewInMessages', match.messages, of)}
    </li>
  );
}

/** What the description read on the page: per field what matched, then the conversation as Kizuki would see it. */
export function ToolPreviewResult({ preview, left }: { preview: ToolPreview; left: string[] }) {
  const { how } = preview;
  return (
    <div className={styles.result}>
      <p data-testid="preview-detected" data-detected={preview.detected}>{t(preview.detected ? 'console_previewDetected' : 'console_previewNotDetected')}</p>
      {left.length > 0 && <p className={styles.error} data-testid="preview-left">{t('console_previewLeftOut', left.map(toolFieldLabel).join(', '))}</p>}
      <ul className={styles.parts}>
        {PAGE_PARTS.map((part) => preview.page[part] && <PageRow key={part} part={part} match={preview.page[part]} />)}
        {MESSAGE_PARTS.map((part) => preview.inMessages[part] && <MessageRow key={part} part={part} match={preview.inMessages[part]} of={preview.messageCount} />)}
      </ul>
      <dl className={styles.reading}>
        <dt>{t('console_previewId')}</dt>
        <dd data-testid="preview-id" data-from={preview.id.from}>{preview.id.value ? <><code>{preview.id.value}</code> · {t(ID_FROM[preview.id.from])}</> : t(ID_FROM.none)}</dd>
        <dt>{t('console_previewCustomer')}</dt>
        <dd data-testid="preview-customer">{preview.customer ? [preview.customer.name, preview.customer.key].filter(Boolean).join(' · ') : t('console_previewNotFound')}</dd>
        <dt>{t('console_previewDraft')}</dt>
        <dd data-testid="preview-draft">{preview.draft === null ? t('console_previewNoReplyBox') : preview.draft ? <q>{preview.draft}</q> : t('console_previewEmptyDraft')}</dd>
        <dt>{t('console_previewHow')}</dt>
        <dd data-testid="preview-how">
          {t('console_previewHowThread', t(HOW_TEXT[how.thread]))} · {t('console_previewHowSpeakers', t(HOW_TEXT[how.speakers]))} · {t('console_previewHowReplyBox', t(HOW_TEXT[how.replyBox]))}
        </dd>
      </dl>
      <h4>{t('console_previewTurns', preview.turnCount)}</h4>
      {preview.turnCount > preview.turns.length && <p className="muted">{t('console_previewLastTurns', preview.turns.length)}</p>}
      <ol className={styles.turns}>
        {preview.turns.map((turn, i) => (
          <li key={i} data-testid="preview-turn" data-from={turn.from}>
            <span className={styles.speaker} data-from={turn.from}>{t(turn.from === 'customer' ? 'console_previewCustomerSaid' : 'console_previewAgentSaid')}</span> {turn.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
