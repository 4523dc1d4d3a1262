// First: zod must be jitless before any schema is built (lib/input/zod-jitless.ts).
import '@/lib/input/zod-jitless';
import { createRoot } from 'react-dom/client';
import { reportFailure } from '@/lib/diagnostics/log';
import { forwardDiagnosticsToBackground } from '@/lib/diagnostics/forward';
import { SidePanel } from '@/components/SidePanel';
import { getDb } from '@/lib/db/db';
import { requestPersistence } from '@/lib/db/storage';
import { conversationMemory, recordDismissReason, recordOutcomes } from '@/lib/panel/events';
import { configurePanel, usePanelStore } from '@/lib/panel/store';
import { connectPanel } from './connection';
import { applyPanelSettings, loadPanelSettings, savePanelSettings } from './preferences';
import '@/components/theme.css';

forwardDiagnosticsToBackground();

// `?lang=ja|en` pins the panel's language (used by the notebook links and screenshots).
// Choosing a language in settings lifts the pin.
let pinned = new URLSearchParams(location.search).get('lang');

// Writes go in order, one after another; a failed write must never break the live view.
let writes = Promise.resolve();
configurePanel({
  recordEvents: (events) => {
    writes = writes.then(() => recordOutcomes(getDb(), events)).catch((error: unknown) => reportFailure('panel: save prompt events', error));
  },
  // After the dismissal's own write, in the same queue.
  recordReason: (dismissal, reason) => {
    writes = writes.then(() => recordDismissReason(getDb(), dismissal, reason)).catch((error: unknown) => reportFailure('panel: save a dismissal reason', error));
  },
  loadMemory: (sessionId) => conversationMemory(getDb(), sessionId),
  saveSettings: savePanelSettings,
});

async function start() {
  // Settings first, so the panel never flashes in the wrong language or theme.
  usePanelStore.getState().setSettings(await loadPanelSettings(), false);
  applyPanelSettings(usePanelStore.getState().settings, pinned);
  usePanelStore.subscribe((state, previous) => {
    if (state.settings === previous.settings) return;
    if (state.settings.language !== previous.settings.language) pinned = null;
    applyPanelSettings(state.settings, pinned);
  });
  connectPanel();
  // Notes live only on this computer: ask once per panel that the browser never evicts them.
  void requestPersistence().catch((error: unknown) => reportFailure('panel: ask for persistent storage', error));
  createRoot(document.getElementById('root')!).render(<SidePanel db={getDb()} />);
}

void start();
