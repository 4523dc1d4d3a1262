import type { ReadTurn } from '../../conversation/snapshot';
import { frameOf } from '../dom/locate';
import { conversationIdFromPage, conversationIdFromUrl } from './conversation-id';
import { pageCustomer, type Identity } from './identity';
import { messageParts } from './message';
import { findReplyBox, type ReplyBoxHow } from './reply-box';
import { inferSpeakers, type SpeakerHow } from './speakers';
import { findThread, type ThreadHow } from './thread';

/**
 * Reads a conversation by the page's structure alone: the generic reader for a site the agent
 * enabled, and the fallback for a known tool whose own selectors stopped working.
 */
export interface StructureReading {
  conversationId: string | null;
  customer: Identity;
  turns: ReadTurn[];
  composer: HTMLElement | null;
  how: { thread: ThreadHow | 'none'; speakers: SpeakerHow | 'none'; replyBox: ReplyBoxHow | 'none'; id: 'url' | 'page' | 'none' };
}

export interface StructureOptions {
  /** The agent's own name as set in Kizuki, to recognise their messages. */
  agent?: Identity;
  /** The reply box, when the caller found it already (a tool's own selector). */
  composer?: HTMLElement | null;
}

export function readStructure(root: ParentNode, url: URL, options: StructureOptions = {}): StructureReading {
  const box = options.composer !== undefined ? (options.composer ? { element: options.composer, how: 'editable' as const } : null) : findReplyBox(root);
  const thread = findThread(root, box ? placeIn(root, box.element) : null);
  const customer = pageCustomer(root, thread?.container ?? null);
  const turns: ReadTurn[] = [];
  let speakersHow: SpeakerHow | 'none' = 'none';
  if (thread) {
    const parts = thread.items.map(messageParts);
    // Where a thread mixes "message" blocks with "comment" blocks, the comments are the team's side notes.
    const kind = (el: Element) => `${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-test-id') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase();
    const commenty = (el: Element) => /comment/.test(kind(el)) && !/message/.test(kind(el));
    if (thread.items.some(commenty) && thread.items.some((el, i) => !commenty(el) && !parts[i]!.notSaid)) {
      thread.items.forEach((el, i) => { if (commenty(el)) parts[i] = { ...parts[i]!, notSaid: true }; });
    }
    const said = thread.items.map((item, i) => ({ item, parts: parts[i]! })).filter((m) => !m.parts.notSaid && m.parts.text);
    const { speakers, how } = inferSpeakers(said.map((m) => m.item), said.map((m) => m.parts), customer, options.agent ?? {});
    speakersHow = said.length ? how : 'none';
    said.forEach((m, i) => turns.push({ from: speakers[i]!, text: m.parts.text }));
  }
  const fromUrl = conversationIdFromUrl(url);
  const fromPage = fromUrl ? null : conversationIdFromPage(root);
  const conversationId = fromUrl ?? fromPage;
  return {
    conversationId,
    customer,
    turns: orderedOldestFirst(thread?.items ?? [], turns),
    composer: box?.element ?? null,
    how: { thread: thread?.how ?? 'none', speakers: speakersHow, replyBox: box?.how ?? 'none', id: fromUrl ? 'url' : fromPage ? 'page' : 'none' },
  };
}

/**
 * Where the reply box sits in the page read: the iframe of an editor that lives in a frame
 * (CKEditor 4, TinyMCE). Without it the blocks around that iframe — the reply form, the boxes
 * beside it, a sidebar's ticket list — are taken for a thread on a reply page that has none.
 */
function placeIn(root: ParentNode, box: Element): Element {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  let el = box;
  for (let hops = 0; el.ownerDocument !== doc && hops < 4; hops++) {
    const frame = frameOf(el.ownerDocument);
    if (!frame) break;
    el = frame;
  }
  return el;
}

/** Email-style tools often list a thread newest first; times, when the page shows them, decide. */
function orderedOldestFirst(items: readonly Element[], turns: ReadTurn[]): ReadTurn[] {
  const times = items.map((item) => Date.parse(item.querySelector('time[datetime]')?.getAttribute('datetime') ?? ''));
  const known = times.filter((t) => !Number.isNaN(t));
  if (known.length >= 2 && known[0]! > known[known.length - 1]!) return [...turns].reverse();
  return turns;
}
