import { create } from 'zustand';
import { t } from '../i18n';
import {
  dismiss, emptyMemory, expire, leaveConversation, newTracker, nextExpiry, reconcile, usedPhrasing,
  type ConversationMemory, type DismissReason, type OutcomeEvent, type Tracker,
} from './outcomes';
import { DEFAULT_PANEL_SETTINGS, type PanelSettings } from './settings';
import type { PanelToHub } from '../messaging/messages';
import type { SessionView } from '../messaging/session-view';

/** The edges the store talks to: the prompt-event log and the settings storage. */
export interface PanelDeps {
  recordEvents(events: OutcomeEvent[]): void;
  loadMemory(sessionId: string): Promise<ConversationMemory>;
  saveSettings(settings: PanelSettings): void;
  /** Adds the reason the agent gave, a moment later, to the dismissal already recorded. */
  recordReason(dismissal: OutcomeEvent, reason: DismissReason): void;
  now(): number;
}

interface PanelState {
  tabId: number | null;
  /** The last tab the agent invoked Kizuki on (icon or shortcut), and when: its address is visible since. */
  pageAccess: { tabId: number; at: number } | null;
  session: SessionView | null;
  /** The background has answered at least once (until then the header says "connecting"). */
  received: boolean;
  /** The cards and what the panel remembers of this conversation. */
  tracker: Tracker;
  /** False until this conversation's memory is read: nothing the agent dismissed may flash back. */
  memoryReady: boolean;
  /** What the agent last did with a phrasing, shown on it ("Inserted ✓", "Copied ✓", or why it did not stay). */
  feedback: PhrasingFeedback | null;
  /** The latest polite announcement for screen readers; `seq` makes a repeat heard again. */
  announcement: { text: string; seq: number } | null;
  /** The dismissal the agent may still give a reason for (a second, optional step). */
  dismissed: { event: OutcomeEvent; message: string } | null;
  settings: PanelSettings;
  send: (message: PanelToHub) => void;
  setTabId(tabId: number | null): void;
  setPageAccess(tabId: number): void;
  setSession(session: SessionView | null): void;
  setLastInsert(ok: boolean): void;
  setSender(send: (message: PanelToHub) => void): void;
  /** `replace`: the draft's sentence the phrasing takes the place of. */
  insert(ruleId: string, text: string, replace?: string): void;
  copied(ruleId: string, text: string): void;
  /** Hides the card at once; a reason can follow with `giveReason`. */
  dismiss(ruleId: string): void;
  giveReason(reason: DismissReason | null): void;
  announce(text: string): void;
  setSettings(settings: Partial<PanelSettings>, persist?: boolean): void;
}

let deps: PanelDeps = {
  recordEvents: () => {},
  loadMemory: async () => emptyMemory(),
  saveSettings: () => {},
  recordReason: () => {},
  now: () => Date.now(),
};
let expiryTimer: ReturnType<typeof setTimeout> | null = null;
let feedbackTimer: ReturnType<typeof setTimeout> | null = null;
let reasonTimer: ReturnType<typeof setTimeout> | null = null;

/** How long the "why?" offer stays after a dismissal: long enough to answer, short enough not to linger. */
export const REASON_MS = 12_000;

export interface PhrasingFeedback {
  ruleId: string;
  text: string;
  state: 'sending' | 'inserted' | 'copied' | 'failed';
}

/** Long enough to be seen after looking back from the reply box; a failure stays until the next action. */
export const FEEDBACK_MS = 2500;

/** Wires the store to the database and storage (the side panel's entry point does this once). */
export function configurePanel(next: Partial<PanelDeps>): void {
  deps = { ...deps, ...next };
}

export const usePanelStore = create<PanelState>((set, get) => {
  /** Records events, announces what the agent would want to hear, and keeps the expiry timer right. */
  const commit = (tracker: Tracker, events: OutcomeEvent[], extra: Partial<PanelState> = {}) => {
    if (events.length > 0) deps.recordEvents(events);
    const spoken = announcementFor(events, tracker);
    set({ tracker, ...extra, ...(spoken ? { announcement: { text: spoken, seq: (get().announcement?.seq ?? 0) + 1 } } : {}) });
    scheduleExpiry(tracker);
  };

  const scheduleExpiry = (tracker: Tracker) => {
    if (expiryTimer) clearTimeout(expiryTimer);
    expiryTimer = null;
    const at = nextExpiry(tracker);
    if (at === null) return;
    expiryTimer = setTimeout(() => {
      const step = expire(get().tracker, deps.now());
      commit(step.tracker, step.events);
    }, Math.max(0, at - deps.now()) + 20);
  };

  const showFeedback = (feedback: PhrasingFeedback) => {
    if (feedbackTimer) clearTimeout(feedbackTimer);
    feedbackTimer = null;
    set({ feedback });
    if (feedback.state === 'inserted' || feedback.state === 'copied') {
      feedbackTimer = setTimeout(() => {
        if (get().feedback === feedback) set({ feedback: null });
      }, FEEDBACK_MS);
    }
  };

  const reconcileNow = () => {
    const { session, tracker, memoryReady } = get();
    if (!session || !memoryReady) return;
    const step = reconcile(tracker, session, deps.now());
    if (step.tracker !== tracker || step.events.length > 0) commit(step.tracker, step.events);
  };

  return {
    tabId: null,
    pageAccess: null,
    session: null,
    received: false,
    tracker: newTracker(),
    memoryReady: false,
    feedback: null,
    announcement: null,
    dismissed: null,
    settings: DEFAULT_PANEL_SETTINGS,
    send: () => {},
    setTabId: (tabId) => set({ tabId }),
    setPageAccess: (tabId) => set({ pageAccess: { tabId, at: deps.now() } }),
    setSession(session) {
      const key = session?.key ?? null;
      const { tracker } = get();
      set({ session, received: true });
      if (key === tracker.key && (key === null || get().memoryReady)) return reconcileNow();
      if (key === tracker.key) return; // its memory is still loading
      // Another conversation: what was open in the last one was ignored; read this one's memory first.
      commit(newTracker(key), leaveConversation(tracker, deps.now()), { memoryReady: key === null, dismissed: null, feedback: null });
      if (key === null) return;
      void deps.loadMemory(key).catch(() => emptyMemory()).then((memory) => {
        if (get().tracker.key !== key) return;
        set({ tracker: newTracker(key, memory), memoryReady: true });
        reconcileNow();
      });
    },
    setLastInsert(ok) {
      const { feedback } = get();
      if (feedback?.state === 'sending') showFeedback({ ...feedback, state: ok ? 'inserted' : 'failed' });
      get().announce(ok ? t('panel_inserted') : t('insertFailed'));
    },
    setSender: (send) => set({ send }),
    insert(ruleId, text, replace) {
      const { tabId, tracker, send } = get();
      if (tabId === null) return;
      showFeedback({ ruleId, text, state: 'sending' });
      send({ type: 'insert', tabId, text, ...(replace ? { replace } : {}) });
      deps.recordEvents(usedPhrasing(tracker, ruleId, 'inserted', deps.now()));
    },
    copied(ruleId, text) {
      deps.recordEvents(usedPhrasing(get().tracker, ruleId, 'copied', deps.now()));
      showFeedback({ ruleId, text, state: 'copied' });
      get().announce(t('panel_copied'));
    },
    dismiss(ruleId) {
      const message = get().tracker.cards.find((c) => c.ruleId === ruleId)?.prompt.message ?? '';
      const step = dismiss(get().tracker, ruleId, 'dismissed', undefined, deps.now());
      const event = step.events[0];
      commit(step.tracker, step.events, { dismissed: event ? { event, message } : null });
      if (reasonTimer) clearTimeout(reasonTimer);
      reasonTimer = event ? setTimeout(() => { if (get().dismissed?.event === event) set({ dismissed: null }); }, REASON_MS) : null;
    },
    giveReason(reason) {
      const { dismissed } = get();
      if (!dismissed) return;
      if (reason) deps.recordReason(dismissed.event, reason);
      set({ dismissed: null });
      if (reason) get().announce(t('panel_reasonThanks'));
    },
    announce: (text) => set({ announcement: { text, seq: (get().announcement?.seq ?? 0) + 1 } }),
    setSettings(partial, persist = true) {
      const settings = { ...get().settings, ...partial };
      set({ settings });
      if (persist) deps.saveSettings(settings);
    },
  };
});

/** One short sentence per change, never one per keystroke. */
function announcementFor(events: OutcomeEvent[], tracker: Tracker): string | null {
  const message = (ruleId: string) => tracker.cards.find((c) => c.ruleId === ruleId)?.prompt.message ?? '';
  const shown = events.filter((e) => e.kind === 'shown');
  const followed = events.filter((e) => e.kind === 'followed');
  const parts: string[] = [];
  if (followed.length > 0) parts.push(t('panel_announceDone', followed.map((e) => message(e.ruleId)).join(' ')));
  if (shown.length === 1) parts.push(t('panel_announceNew', message(shown[0]!.ruleId)));
  if (shown.length > 1) parts.push(t('panel_announceMany', shown.length));
  if (events.some((e) => e.kind === 'dismissed' || e.kind === 'snoozed')) parts.push(t('panel_announceDismissed'));
  return parts.length > 0 ? parts.join(' ') : null;
}
