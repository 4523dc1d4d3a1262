import type { SnapshotPatch } from '../conversation/snapshot';
import type { SessionView } from './session-view';

/** Port names: the content script and the side panel each keep one open to the background. */
export const PAGE_PORT = 'kizuki-page';
export const PANEL_PORT = 'kizuki-panel';

export type PageToHub =
  | { type: 'patch'; patch: SnapshotPatch }
  | { type: 'inserted'; requestId: number; ok: boolean }
  /** A failure the page recovered from, for the background's diagnostics log. */
  | { type: 'diagnostic'; where: string; message: string }
  /** The page needs the structural reader (lib/page/structure/api.ts): inject it. */
  | { type: 'load-reader' };

export type HubToPage =
  /** `replace`: the draft's sentence the words take the place of; without it they go in at the caret. */
  | { type: 'insert'; requestId: number; text: string; replace?: string }
  | { type: 'resync' };

export type ManualCallAction = 'start' | 'hold' | 'resume' | 'end';

export type PanelToHub =
  | { type: 'watch'; tabId: number }
  | { type: 'insert'; tabId: number; text: string; replace?: string }
  | { type: 'manual-call'; tabId: number; action: ManualCallAction };

export type HubToPanel =
  | {
      type: 'session';
      tabId: number;
      session: SessionView | null;
      /**
       * The conversation's lines are those of the last session message on this port (the agent
       * typed; no message came in), so `session.snapshot.turns` and `transcript` were left out.
       */
      sameLines?: true;
    }
  | { type: 'inserted'; ok: boolean }
  /**
   * The agent clicked Kizuki's icon (or pressed its shortcut) on this tab: the browser now lets
   * Kizuki see the tab's address (activeTab), so the panel can offer to read the site.
   */
  | { type: 'page-access'; tabId: number }
  /** A keyboard shortcut pressed anywhere in the browser (chrome.commands), for the panel to carry out. */
  | { type: 'command'; command: TopCommand };

/** The browser-wide shortcuts that act on the panel's top suggestion (wxt.config.ts, `commands`). */
export type TopCommand = 'insert-top' | 'dismiss-top';
export const TOP_COMMANDS: readonly TopCommand[] = ['insert-top', 'dismiss-top'];

