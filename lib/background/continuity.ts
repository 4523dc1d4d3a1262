import type { ReadTurn, Snapshot } from '../conversation/snapshot';
import { conversationKey } from '../messaging/session-view';

/**
 * Classic helpdesks show the thread on one page and the reply box on another, and webmail's
 * compose page carries no id at all. The conversation must not start over when the agent
 * opens the reply page: what was read on the ticket page (in this tab or another) stays.
 */
interface Remembered {
  turns: ReadTurn[];
  url: string;
  customer: Snapshot['customer'];
  /** How those lines were read: by the tool's own selectors, or guessed from the page's structure. */
  read: 'tool' | 'structure' | 'none';
}

const KEPT = 30;

/** The latest conversations read in this browser, by key, most recent last. */
export class ConversationMemory {
  private readonly byKey = new Map<string, Remembered>();

  remember(key: string, snapshot: Snapshot): void {
    this.byKey.delete(key);
    this.byKey.set(key, { turns: snapshot.turns, url: snapshot.url, customer: snapshot.customer, read: snapshot.how?.thread ?? 'none' });
    if (this.byKey.size > KEPT) this.byKey.delete(this.byKey.keys().next().value as string);
  }

  recall(key: string): Remembered | undefined {
    return this.byKey.get(key);
  }
}

export interface Continued {
  snapshot: Snapshot;
  key: string | null;
  /** The page named no conversation; Kizuki took it for the one the agent came from. */
  assumed: boolean;
  /** The page showed no thread; its lines were read earlier on another page of the conversation. */
  carried: boolean;
}

function samePage(a: string, b: string): boolean {
  return a.replace(/#.*$/, '') === b.replace(/#.*$/, '');
}

function idOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

export function continueConversation(page: Snapshot, previousKey: string | null, memory: ConversationMemory): Continued {
  let key = conversationKey(page);
  let snapshot = page;
  let assumed = false;
  // A reply box of the same tool on a page with no id: the conversation the agent came from.
  if (!key && page.tool && page.draft !== null && previousKey?.startsWith(`${page.tool}:`)) {
    key = previousKey;
    assumed = true;
    snapshot = { ...snapshot, conversationId: idOf(previousKey) };
  }
  if (!key) return { snapshot, key, assumed, carried: false };
  const onCall = !!page.call || (page.transcript?.length ?? 0) > 0;
  // A reply page has no thread, yet the page's structure may pass its scripts, footer or
  // sidebar off as one: a guess there never replaces what the tool's own selectors read on
  // another page of the conversation (on the very page they read, the guess is believed).
  const known = memory.recall(key);
  const guessOverKnown = page.how?.replyApart === true && page.how.thread === 'structure'
    && known?.read === 'tool' && !samePage(known.url, page.url);
  if (page.turns.length > 0 && !guessOverKnown) {
    memory.remember(key, page);
    return { snapshot, key, assumed, carried: false };
  }
  // Only a reply page of a tool that has such pages (a classic helpdesk, webmail) takes the
  // thread over; a tool whose pages always show the thread is believed when it shows none.
  const noThread = page.how?.replyApart === true && (page.how.thread === 'none' || guessOverKnown);
  const earlier = onCall || !noThread ? undefined : known;
  // The very page the lines were read on now shows none: the conversation started over there.
  if (earlier && samePage(earlier.url, page.url)) return { snapshot, key, assumed, carried: false };
  if (!earlier?.turns.length) return { snapshot, key, assumed, carried: false };
  return { snapshot: { ...snapshot, turns: earlier.turns, customer: snapshot.customer ?? earlier.customer }, key, assumed, carried: true };
}
