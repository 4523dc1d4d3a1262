import type { CallState, Channel, Direction, Speaker } from '../conversation/schema';

/** One message as an adapter reads it off the page. */
export interface ReadTurn {
  from: Speaker;
  text: string;
  /** ISO time when the page shows one. */
  at?: string;
  /** The tool's own message id when the page exposes one. */
  id?: string;
}

/** What an adapter reads from the page at one moment. Pure data, no DOM references. */
export interface PageReading {
  /** The tool's conversation / ticket id; null when the page shows no conversation. */
  conversationId: string | null;
  customer: { name?: string; key?: string } | null;
  turns: ReadTurn[];
  /** The reply box's current text; null when no reply box was found. */
  draft: string | null;
  channel?: Channel;
  direction?: Direction;
  call?: { state: CallState; since?: string } | null;
  /** Live call transcript lines, when the page shows one. */
  transcript?: ReadTurn[];
}

/**
 * A support tool Kizuki knows how to read. Every function is pure over a ParentNode
 * (a document or a saved fixture) so it runs the same in the page and in tests.
 */
export interface Adapter {
  /** Stable id, e.g. "zendesk"; shown in the session header. */
  id: string;
  /** Human name, e.g. "Zendesk Agent Workspace". */
  name: string;
  /** Match patterns of the pages this adapter reads (used for the content script's matches). */
  matches: string[];
  /** Is this page one of this tool's conversation views? Cheap: a URL test and one querySelector. */
  detect(root: ParentNode, url: URL): boolean;
  /** Read the current conversation. Must never throw on odd markup: return what was found. */
  read(root: ParentNode, url: URL): PageReading;
  /** The element the agent types the reply into (textarea or contenteditable), or null. */
  composer(root: ParentNode): HTMLElement | null;
  /**
   * The reply box's text exactly as `read` reports it as the draft (leaving out signatures and
   * quoted history where the tool has them). After a keystroke the watcher re-reads only this.
   * Default: shared.ts `editableText`.
   */
  draft?(composer: HTMLElement): string | null;
}
