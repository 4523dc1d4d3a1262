import type { PageReading } from '../../conversation/snapshot';

export type { PageReading, ReadTurn } from '../../conversation/snapshot';

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
