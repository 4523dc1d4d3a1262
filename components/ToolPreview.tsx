import { t, type MessageKey } from '@/lib/i18n';
import type { ToolPreviewControl } from './useToolPreview';
import { ToolPreviewResult } from './ToolPreviewResult';
import styles from './CustomTools.module.css';

/** What to say, and what the lead can do, in each state of "Test on this tab" but a reading. */
const STATE_TEXT: Record<Exclude<ToolPreviewControl['state']['kind'], 'ready'>, MessageKey> = {
  off: 'console_previewOff',
  blocked: 'console_previewBlocked_pattern',
  'needs-access': 'console_previewNeedsAccess',
  asking: 'console_previewAsking',
  refused: 'console_previewRefused',
  unanswered: 'console_previewUnanswered',
  'no-tab': 'console_previewNoTab',
  gone: 'console_previewGone_closed',
  reading: 'console_previewReading',
  failed: 'console_previewFailed',
};

function stateText(state: ToolPreviewControl['state'], pattern: string): string {
  if (state.kind === 'blocked') return t(state.why === 'pattern' ? 'console_previewBlocked_pattern' : 'console_previewBlocked_nothing');
  if (state.kind === 'gone') return t(state.why === 'closed' ? 'console_previewGone_closed' : 'console_previewGone_navigated', pattern);
  if (state.kind === 'failed') return t('console_previewFailed', state.message);
  return state.kind === 'ready' ? '' : t(STATE_TEXT[state.kind], pattern);
}

/** "Test on this tab", beside the form: the description run against the real page as the lead types. */
export function ToolPreview({ control, pattern }: { control: ToolPreviewControl; pattern: string }) {
  const { state, tabs, tabId } = control;
  const askable = ['off', 'needs-access', 'refused', 'unanswered'].includes(state.kind);
  const lookAgain = state.kind === 'no-tab' || state.kind === 'gone';
  return (
    <aside className={styles.preview} data-testid="tool-preview" data-state={state.kind} aria-live="polite">
      <h3>{t('console_previewTitle')}</h3>
      {tabs.length > 1 && (
        <label className={styles.field}>
          <span>{t('console_previewTab')}</span>
          <select value={tabId ?? ''} onChange={(e) => control.chooseTab(Number(e.target.value))} data-testid="preview-tab">
            {tabs.map((tab) => <option key={tab.id} value={tab.id}>{tab.title}</option>)}
          </select>
        </label>
      )}
      {tabs.length === 1 && state.kind !== 'no-tab' && <p className="muted" data-testid="preview-tab-title">{tabs[0]?.title}</p>}
      {state.kind !== 'ready' && <p className={styles.previewState} data-testid="preview-state" role="status">{stateText(state, pattern)}</p>}
      {askable && (
        <button type="button" className="primary" onClick={control.start} data-testid="preview-start">
          {state.kind === 'off' ? t('console_previewStart') : t('console_previewAskAgain')}
        </button>
      )}
      {lookAgain && <button type="button" onClick={control.refresh} data-testid="preview-refresh">{t('console_previewLookAgain')}</button>}
      {state.kind === 'ready' && <ToolPreviewResult preview={state.preview} left={state.left} />}
    </aside>
  );
}
