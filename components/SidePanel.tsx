import { useState } from 'react';
import type { KizukiDB } from '@/lib/db/db';
import { usePanelStore } from '@/lib/panel/store';
import { t } from '@/lib/i18n';
import { useUiLanguage } from '@/lib/i18n/react';
import { ConversationGlance } from './ConversationGlance';
import { KeyHints } from './KeyHints';
import { LiveRegion } from './LiveRegion';
import { ManualCallControls } from './ManualCallControls';
import { PanelNotes } from './PanelNotes';
import { PanelNotesContext } from './PanelNotesContext';
import { PanelSettings } from './PanelSettings';
import { PromiseFollowUp } from './PromiseFollowUp';
import { PromptList } from './PromptList';
import { SessionHeader } from './SessionHeader';
import { usePanelKeys } from './usePanelKeys';
import { usePanelNotes } from './usePanelNotes';
import styles from './SidePanel.module.css';

/**
 * The agent's live view of the conversation in the watched tab. Header on top and the
 * conversation at a glance at the bottom stay put; only the cards between them change, so
 * nothing the agent is reading jumps when a prompt comes or goes. The notes fold in under the
 * cards, so the coaching stays the first thing the agent sees: the scrolling cards keep room
 * for the whole first card, and open notes take the rest (and the glance's place).
 */
export function SidePanel({ db }: { db: KizukiDB }) {
  useUiLanguage();
  usePanelKeys();
  const session = usePanelStore((state) => state.session);
  const received = usePanelStore((state) => state.received);
  const cards = usePanelStore((state) => state.tracker.cards);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const notes = usePanelNotes(db);
  const live = session?.key ? session : null;
  const settingsButton = (
    <button
      type="button"
      className={`quiet ${styles.gear}`}
      aria-expanded={settingsOpen}
      aria-controls="panel-settings"
      aria-label={t('panel_settings')}
      title={t('panel_settings')}
      data-testid="settings-button"
      onClick={() => setSettingsOpen(!settingsOpen)}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="15" height="15"><path fill="currentColor" d="M8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Zm6.3 1.6-1.4-.3a5 5 0 0 0-.5-1.2l.8-1.2a.6.6 0 0 0-.1-.8l-.9-.9a.6.6 0 0 0-.8-.1l-1.2.8a5 5 0 0 0-1.2-.5L8.7 1.5A.6.6 0 0 0 8.1 1H7a.6.6 0 0 0-.6.5l-.3 1.4a5 5 0 0 0-1.2.5l-1.2-.8a.6.6 0 0 0-.8.1l-.9.9a.6.6 0 0 0-.1.8l.8 1.2a5 5 0 0 0-.5 1.2l-1.4.3A.6.6 0 0 0 .3 7v1.2c0 .3.2.5.5.6l1.4.3c.1.4.3.8.5 1.2l-.8 1.2a.6.6 0 0 0 .1.8l.9.9c.2.2.5.2.8.1l1.2-.8c.4.2.8.4 1.2.5l.3 1.4c.1.3.3.5.6.5h1.2c.3 0 .5-.2.6-.5l.3-1.4c.4-.1.8-.3 1.2-.5l1.2.8c.3.1.6.1.8-.1l.9-.9c.2-.2.2-.5.1-.8l-.8-1.2c.2-.4.4-.8.5-1.2l1.4-.3c.3-.1.5-.3.5-.6V7.7a.6.6 0 0 0-.5-.6Z" /></svg>
    </button>
  );
  return (
    <PanelNotesContext.Provider value={notes.actions}>
      <div className={styles.panel}>
        <SessionHeader session={session} connected={received} actions={settingsButton}>
          {live && <ManualCallControls session={live} />}
        </SessionHeader>
        {settingsOpen && <PanelSettings id="panel-settings" />}
        <main className={styles.main}>
          {live && <PromptList cards={cards} cardAction={PromiseFollowUp} />}
        </main>
        {live?.key && (
          <PanelNotes
            db={db}
            sessionId={live.key}
            tool={live.snapshot.tool ?? ''}
            customerKey={live.snapshot.customer?.key}
            customerName={live.snapshot.customer?.name}
            toolHistory={live.snapshot.history}
            open={notes.open}
            onToggle={notes.setOpen}
            editorRef={notes.editorRef}
          />
        )}
        {/* Open notes take the glance's place: the cards keep their room at 360 px. */}
        {live && !notes.open && <ConversationGlance session={live} />}
        {live && <KeyHints />}
        <LiveRegion />
      </div>
    </PanelNotesContext.Provider>
  );
}
