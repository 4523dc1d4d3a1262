import type { PageReading } from '../../conversation/snapshot';

export type { PageReading, ReadingHow, ReadTurn } from '../../conversation/snapshot';

/** What an adapter reads off the page; the draft comes from its reply box (see read.ts). */
export type AdapterReading = Omit<PageReading, 'draft'>;

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
  /**
   * A general-purpose site (webmail) rather than a support tool: it is not in the content
   * script's matches, so Kizuki reads it only after the agent enables the site with "Read this
   * site"; the script registered there then recognises it with this adapter.
   */
  optIn?: boolean;
  /** Is this page one of this tool's conversation views? Cheap: a URL test and one querySelector. */
  detect(root: ParentNode, url: URL): boolean;
  /** Read the current conversation. Must never throw on odd markup: return what was found. */
  read(root: ParentNode, url: URL): AdapterReading;
  /** The element the agent types the reply into (textarea or contenteditable), or null. */
  composer(root: ParentNode): HTMLElement | null;
  /**
   * The element that holds the conversation's messages, when the tool has one: with no message
   * read, an empty one means "no messages yet" and one with text means the markup changed.
   */
  messageList?(root: ParentNode): Element | null;
  /** Subtrees of the reply box the agent is not writing (their signature, quoted history): left out of the draft. */
  draftSkip?: string;
  /**
   * Attributes whose change means the page changed (a tab switched, a call connected). The
   * page watcher observes the union of every adapter's, and no others.
   */
  observe?: readonly string[];
}
