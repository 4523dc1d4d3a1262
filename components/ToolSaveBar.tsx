import { t, tn } from '@/lib/i18n';
import type { SaveState } from './useToolSave';
import styles from './CustomTools.module.css';

function saveText(state: SaveState): string | null {
  switch (state.kind) {
    case 'idle': return null;
    case 'invalid': return tn('console_toolInvalid', state.count, state.count);
    case 'asking': return t('console_toolAsking', state.pattern);
    case 'saved': return t('console_toolSaved', state.name);
    case 'refused': return t('console_toolPermissionDenied', state.pattern);
    case 'unanswered': return t('console_toolUnanswered', state.pattern);
    case 'granted-late': return t('console_toolGrantedLate', state.pattern);
    case 'failed': return t('console_toolSaveFailed', state.message);
  }
}

/** Save, and what became of it: waiting for the browser, granted and stored, refused, or not answered. */
export function ToolSaveBar({ state, onSave, onNew }: { state: SaveState; onSave: () => void; onNew: () => void }) {
  const text = saveText(state);
  const retry = state.kind === 'refused' || state.kind === 'unanswered' || state.kind === 'granted-late';
  return (
    <div className={styles.footer}>
      {text && (
        <span className={state.kind === 'saved' ? styles.ok : state.kind === 'asking' ? styles.waiting : styles.error} role="status" data-testid="tool-status" data-outcome={state.kind}>
          {state.kind === 'asking' && <span className={styles.spinner} aria-hidden="true" />}
          {text}
        </span>
      )}
      <button type="button" onClick={onNew} disabled={state.kind === 'asking'}>{t('console_toolNew')}</button>
      <button type="button" className="primary" onClick={onSave} disabled={state.kind === 'asking'} data-testid="tool-save">
        {retry ? t('console_toolTryAgain') : t('console_toolSave')}
      </button>
    </div>
  );
}
