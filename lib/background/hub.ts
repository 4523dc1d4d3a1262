import { browser, type Browser } from 'wxt/browser';
import type { SnapshotPatch } from '../conversation/snapshot';
import { loadActivePack, watchActivePack } from '../packs/active';
import type { Pack } from '../engine';
import type { EngineApi, LoadedPack } from '../engine/api';
import { loadEngine } from '../engine/load';
import { getDb } from '../db/db';
import { reportFailure } from '../diagnostics/log';
import { defineSetting, readSetting, watchSetting, writeSetting } from '../settings/store';
import { ConversationMemory } from './continuity';
import { LiveSession, forStorage, type AgentProfile, type SessionView } from './live-session';
import { panelSettingsSetting, uiLanguage, type PanelSettings } from '../settings/panel';
import { createPanelMessages } from '../messaging/panel-transport';
import { createSessionRecorder } from './recorder';
import { PAGE_PORT, PANEL_PORT, type HubToPage, type HubToPanel, type PageToHub, type PanelToHub, type TopCommand } from '../messaging/messages';

type Port = Browser.runtime.Port;

/** The structural reader, built from entrypoints/reader.ts. */
const READER_FILE = '/reader.js';

/** How long after the engine failed to load a page is asked for its conversation again. */
const RETRY_MS = 2000;

/** Live sessions kept for a worker restart (see forStorage: only their latest lines). */
const liveSessionsSetting = defineSetting<SessionView[]>({
  area: 'session',
  key: 'kizuki:live-sessions',
  version: 1,
  fallback: [],
  migrations: { 1: (old) => old },
  parse: (value) => (Array.isArray(value) ? (value as SessionView[]) : null),
});

/**
 * The background's live sessions: one per tab, fed by that tab's content script, watched by
 * any open side panel, and kept in session storage so a service-worker restart loses nothing.
 *
 *   content script ──port "kizuki-page"──▶ onPagePatch ─▶ LiveSession.apply ─▶ engine session
 *        ▲                                     │                                   │ prompts
 *        │ insert / resync                     ├─▶ recorder ─▶ Dexie (sessions, history)
 *        │                                     ▼
 *   side panel ◀──port "kizuki-panel"── publish (lines only when their version changes) ─▶ badge
 *   team's pack (console, subscription, policy) ─▶ applyPack ─▶ every LiveSession.setPack
 */
export interface Hub {
  /** The agent invoked Kizuki on this tab (icon or shortcut): tell its panels they may now see its address. */
  pageInvoked(tabId: number): void;
  /**
   * A browser-wide shortcut for the top suggestion in `tabId`: the tab's panel carries it out
   * (it knows what the agent sees and dismissed); with no panel open, Insert still puts the top
   * prompt's first phrasing into the reply box, and Dismiss has nothing to dismiss.
   */
  command(command: TopCommand, tabId: number): void;
}

export function startHub(): Hub {
  /** The engine and the pack in force, once a conversation or a restored session needs them. */
  let coach: { engine: EngineApi; pack: LoadedPack } | null = null;
  /** The team's latest pack, when it changed before the engine was needed. */
  let latestPack: Pack | null = null;
  const sessions = new Map<number, LiveSession>();
  /** Conversations read in any tab: a reply page opened in another tab still knows the thread. */
  const memory = new ConversationMemory();
  const panels = new Map<number, Set<Port>>();
  const pages = new Map<number, Port>();
  const pendingInserts = new Map<number, Port>();
  /** What each tab's badge shows, so a keystroke that changes no prompt writes no badge. */
  const badges = new Map<number, string>();
  let nextRequestId = 1;
  let persistTimer: ReturnType<typeof setTimeout> | null = null;

  const recorder = createSessionRecorder(getDb(), (tabId, key, history) => {
    const session = sessions.get(tabId);
    if (session?.current()?.key !== key) return;
    const view = session.setHistory(history, Date.now());
    if (view) publish(tabId, view);
  });

  // The team's rules (console, subscription, policy) replace the built-in pack once loaded.
  const applyPack = (next: Pack) => {
    latestPack = next;
    if (!coach) return; // compiled when the engine is first needed
    try {
      coach.pack = coach.engine.loadPack(next);
    } catch (error) {
      // The active pack is validated when saved; keep coaching with the last good one.
      reportFailure('hub: compile the active pack', error);
      return;
    }
    for (const [tabId, session] of sessions) {
      const view = session.setPack(coach.pack, Date.now());
      if (view) publish(tabId, view);
    }
  };

  /**
   * A worker woken for an alarm, a shortcut or a panel with nothing to show never loads the
   * engine. The first conversation does: coaching starts with the built-in pack and the team's
   * pack follows when it is read.
   */
  let coaching: Promise<void> | null = null;
  const needCoaching = (): Promise<void> => (coaching ??= loadEngine().then((engine) => {
    coach = { engine, pack: engine.loadPack(engine.builtinPack) };
    if (latestPack) applyPack(latestPack);
    else void loadActivePack().then((pack) => latestPack ?? applyPack(pack)).catch((error: unknown) => reportFailure('hub: load the active pack', error));
  }).catch((error: unknown) => {
    coaching = null;
    reportFailure('hub: load the engine', error);
    throw error;
  }));

  const restored = restore().then(async (views) => {
    if (!views.length) return;
    await needCoaching();
    for (const view of views) sessions.set(view.tabId, new LiveSession(view.tabId, coach!.pack, Date.now(), view, memory));
  }).catch(() => {}); // reported by needCoaching; the pages' next patches try again
  watchActivePack(applyPack);

  // The agent's name and UI language, from the panel's settings, reach every session.
  let agent: AgentProfile = { name: '', uiLang: uiLanguage({ language: 'auto' }, navigator.language) };
  const applyAgent = (settings: PanelSettings) => {
    agent = { name: settings.agentName, uiLang: uiLanguage(settings, navigator.language) };
    for (const [tabId, session] of sessions) {
      const view = session.setAgent(agent, Date.now());
      if (view) publish(tabId, view);
    }
  };
  void restored.then(() => readSetting(panelSettingsSetting)).then(applyAgent).catch((error: unknown) => reportFailure('hub: read the agent\'s settings', error));
  watchSetting(panelSettingsSetting, applyAgent);

  /** Only once coaching is loaded (onPagePatch waits for it). */
  function sessionFor(tabId: number): LiveSession {
    let session = sessions.get(tabId);
    if (!session) {
      sessions.set(tabId, (session = new LiveSession(tabId, coach!.pack, Date.now(), undefined, memory)));
      session.setAgent(agent, Date.now());
    }
    return session;
  }

  const panelMessage = createPanelMessages();

  function publish(tabId: number, view: SessionView | null) {
    panels.get(tabId)?.forEach((port) => port.postMessage(panelMessage(port, tabId, view)));
    const badge = view?.prompts.length ? String(view.prompts.length) : '';
    if (badges.get(tabId) !== badge) {
      badges.set(tabId, badge);
      // A tab that closed meanwhile has no badge to set.
      void browser.action.setBadgeText({ tabId, text: badge }).catch(() => {});
    }
    persistSoon();
  }

  function onPagePatch(tabId: number, patch: SnapshotPatch) {
    const view = sessionFor(tabId).apply(patch, Date.now());
    publish(tabId, view);
    recorder.record(view);
  }

  function connectPage(port: Port, tabId: number) {
    pages.set(tabId, port);
    /**
     * A patch that arrived while the engine could not load is lost, and the ones after it only
     * say what changed since: a moment later the page is asked for its whole snapshot again
     * (a quiet page sends nothing more by itself). Once per failure, however many patches it lost.
     */
    let askingAgain = false;
    const askAgain = () => {
      if (askingAgain) return;
      askingAgain = true;
      setTimeout(() => {
        askingAgain = false;
        if (pages.get(tabId) === port) port.postMessage({ type: 'resync' } satisfies HubToPage);
      }, RETRY_MS);
    };
    port.onMessage.addListener((raw) => {
      const message = raw as PageToHub;
      if (message.type === 'patch') void restored.then(needCoaching).then(() => onPagePatch(tabId, message.patch), askAgain);
      if (message.type === 'diagnostic') reportFailure(`page: ${message.where}`, message.message);
      if (message.type === 'load-reader') {
        void browser.scripting.executeScript({ target: { tabId, frameIds: [port.sender?.frameId ?? 0] }, files: [READER_FILE] })
          .catch((error: unknown) => reportFailure('hub: inject the structural reader', error));
      }
      if (message.type === 'inserted') {
        pendingInserts.get(message.requestId)?.postMessage({ type: 'inserted', ok: message.ok } satisfies HubToPanel);
        pendingInserts.delete(message.requestId);
      }
    });
    port.onDisconnect.addListener(() => {
      if (pages.get(tabId) === port) pages.delete(tabId);
    });
  }

  function connectPanel(port: Port) {
    let watched: number | null = null;
    port.onMessage.addListener((raw) => {
      const message = raw as PanelToHub;
      if (message.type === 'watch') {
        if (watched !== null) panels.get(watched)?.delete(port);
        watched = message.tabId;
        if (!panels.has(watched)) panels.set(watched, new Set());
        panels.get(watched)!.add(port);
        void restored.then(() => {
          const view = sessions.get(message.tabId)?.current() ?? null;
          port.postMessage(panelMessage(port, message.tabId, view) satisfies HubToPanel);
        });
      } else if (message.type === 'manual-call') {
        const view = sessions.get(message.tabId)?.manualCall(message.action, Date.now());
        if (view) publish(message.tabId, view);
      } else if (message.type === 'insert') {
        const page = pages.get(message.tabId);
        if (!page) return port.postMessage({ type: 'inserted', ok: false } satisfies HubToPanel);
        const requestId = nextRequestId++;
        pendingInserts.set(requestId, port);
        page.postMessage({ type: 'insert', requestId, text: message.text, ...(message.replace ? { replace: message.replace } : {}) } satisfies HubToPage);
      }
    });
    port.onDisconnect.addListener(() => {
      if (watched !== null) panels.get(watched)?.delete(port);
    });
  }

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === PAGE_PORT && port.sender?.tab?.id !== undefined) connectPage(port, port.sender.tab.id);
    else if (port.name === PANEL_PORT) connectPanel(port);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    sessions.delete(tabId);
    pages.delete(tabId);
    badges.delete(tabId);
    persistSoon();
  });


  function persistSoon() {
    if (persistTimer) return;
    persistTimer = setTimeout(() => {
      persistTimer = null;
      const views = [...sessions.values()].map((s) => s.current()).filter((v): v is SessionView => v !== null).map(forStorage);
      writeSetting(liveSessionsSetting, views).catch((error: unknown) => reportFailure('hub: keep live sessions', error));
    }, 300);
  }

  return {
    pageInvoked(tabId) {
      panels.get(tabId)?.forEach((port) => port.postMessage({ type: 'page-access', tabId } satisfies HubToPanel));
    },
    command(command, tabId) {
      const [panel] = panels.get(tabId) ?? [];
      // One panel carries it out, or a second open panel would insert the same words twice.
      if (panel) return panel.postMessage({ type: 'command', command } satisfies HubToPanel);
      const text = sessions.get(tabId)?.current()?.prompts[0]?.phrasings[0];
      const page = pages.get(tabId);
      if (command === 'insert-top' && text && page) page.postMessage({ type: 'insert', requestId: nextRequestId++, text } satisfies HubToPage);
    },
  };
}

async function restore(): Promise<SessionView[]> {
  try {
    return await readSetting(liveSessionsSetting);
  } catch (error) {
    reportFailure('hub: restore live sessions', error);
    return [];
  }
}
