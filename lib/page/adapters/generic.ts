import type { Speaker } from '../../conversation/schema';
import type { Adapter, ReadTurn } from './types';
import { blockText, guardRead, isEditable, safeQueryAll } from './shared';
import { speakerFromElement } from './thread';

/**
 * Fallback for a support tool Kizuki has no adapter for (callers use it when
 * `pickAdapter` finds nothing and the agent enabled Kizuki on the page).
 *
 * It trusts no tool's markup: the reply box is the focused textarea/contenteditable, or
 * else the largest one; the message list is the nearest container above the reply box
 * whose children look like bubbles (three or more siblings of one kind, with text).
 * Authors come from class/aria hints ("incoming", "agent", "left"…); a bubble without a
 * hint is the agent's when it looks like (same classes as) a bubble hinted as the
 * agent's, and the customer's otherwise. `genericHealth` says what was found.
 */

const REPLY_BOXES = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';
/** Walking further up than this reaches the page layout, not a message list. */
const MAX_LEVELS = 8;
/** Bounds the scan on huge pages: the content script must cost the host page little. */
const MAX_SCANNED = 3000;

function activeElementOf(root: ParentNode): Element | null {
  return 'activeElement' in root ? ((root as Document | ShadowRoot).activeElement ?? null) : null;
}

function isShown(el: Element): boolean {
  return !el.closest('[hidden], [aria-hidden="true"]') && (el as HTMLElement).style?.display !== 'none';
}

function area(el: Element): number {
  const rect = el.getBoundingClientRect();
  return rect.width * rect.height;
}

export function findReplyBox(root: ParentNode): HTMLElement | null {
  const active = activeElementOf(root);
  if (isEditable(active) && isShown(active)) return active;
  const boxes = safeQueryAll(root, REPLY_BOXES).filter((el) => isEditable(el) && isShown(el));
  // Without layout (or with equal sizes) the later box wins: reply boxes sit below the thread.
  return boxes.reduce<HTMLElement | null>((best, el) => (!best || area(el) >= area(best) ? el : best), null);
}

/** "div.msg" — what bubbles of one list share even when side classes differ. */
function kindOf(el: Element): string {
  return `${el.tagName}.${el.classList[0] ?? ''}`;
}

/** The children of `list` that look like message bubbles (the most common kind with text). */
function bubblesOf(list: Element, reply: Element): Element[] {
  if (list.children.length < 3) return [];
  const groups = new Map<string, Element[]>();
  for (const child of Array.from(list.children)) {
    if (child.contains(reply) || !child.textContent?.trim()) continue;
    const group = groups.get(kindOf(child)) ?? [];
    group.push(child);
    groups.set(kindOf(child), group);
  }
  return [...groups.values()].reduce<Element[]>((best, group) => (group.length > best.length ? group : best), []);
}

function findMessageList(reply: Element): { list: Element; bubbles: Element[] } | null {
  let scope = reply.parentElement;
  for (let level = 0; scope && level < MAX_LEVELS; level++, scope = scope.parentElement) {
    let best: { list: Element; bubbles: Element[] } | null = null;
    const candidates = [scope, ...Array.from(scope.querySelectorAll('*')).slice(0, MAX_SCANNED)];
    for (const candidate of candidates) {
      const bubbles = bubblesOf(candidate, reply);
      if (bubbles.length >= 3 && bubbles.length > (best?.bubbles.length ?? 0)) best = { list: candidate, bubbles };
    }
    if (best) return best;
  }
  return null;
}

function hintOf(bubble: Element): Speaker | null {
  return speakerFromElement(bubble) ?? speakerFromElement(bubble.firstElementChild);
}

export function readBubbles(bubbles: Element[]): ReadTurn[] {
  const hints = bubbles.map(hintOf);
  const agentLooks = new Set(bubbles.filter((_, i) => hints[i] === 'agent').map((b) => b.className));
  return bubbles.map((bubble, i) => ({
    from: hints[i] ?? (agentLooks.has(bubble.className) ? 'agent' : 'customer'),
    text: blockText(bubble),
  }));
}

/** What the fallback could find, for the side panel's "page not fully read" notice. */
export function genericHealth(root: ParentNode): { replyBox: boolean; messageList: boolean; messages: number } {
  try {
    const reply = findReplyBox(root);
    const found = reply ? findMessageList(reply) : null;
    return { replyBox: !!reply, messageList: !!found, messages: found?.bubbles.length ?? 0 };
  } catch {
    return { replyBox: false, messageList: false, messages: 0 };
  }
}

export const genericAdapter: Adapter = {
  id: 'generic',
  name: 'Other support tool',
  matches: [],
  detect: (root) => findReplyBox(root) !== null,
  read: (root, url) =>
    guardRead(() => {
      const reply = findReplyBox(root);
      const found = reply ? findMessageList(reply) : null;
      return {
        // No tool-specific id exists; the path usually carries the conversation's. A reply box
        // alone is enough: draft-based coaching works even where no message list is found.
        conversationId: reply ? url.pathname + url.hash : null,
        customer: null,
        turns: found ? readBubbles(found.bubbles) : [],
      };
    }),
  composer: findReplyBox,
  // Tabbed tools mark the open conversation's tab.
  observe: ['aria-selected'],
};
