import type { Speaker } from '../../conversation/schema';
import { cachedTurns } from './read-cache';
import type { ReadTurn } from './types';
import { blockText, isoTime, safeQuery } from './shared';

/**
 * Most tools render a conversation the same way: a list of message elements, each with
 * an author marker, a body and a time. An adapter describes its tool's markup as a
 * ThreadSpec and this one reader does the walking, so no adapter repeats the loop.
 */
export interface ThreadSpec {
  /** Selector of one message element. */
  item: string;
  /** Selector of the message text inside an item; the item itself when absent. */
  body?: string;
  /** Subtrees of the body to leave out (quoted history, signatures, buttons). */
  skip?: string;
  /** Who wrote the item; null leaves it out (internal notes, system events). */
  author: (item: Element) => Speaker | null;
  /** Selector of the element holding the time, inside the item. */
  time?: string;
  /** The tool's message id for an item. */
  id?: (item: Element) => string | null | undefined;
}

export function readTurns(scope: ParentNode | null, spec: ThreadSpec): ReadTurn[] {
  if (!scope) return [];
  try {
    return cachedTurns(scope, spec.item, (item) => readItem(item, spec));
  } catch {
    return []; // a selector the browser rejects (a custom tool's) reads as no messages
  }
}

function readItem(item: Element, spec: ThreadSpec): ReadTurn | null {
  const from = spec.author(item);
  if (!from) return null;
  const body = spec.body ? safeQuery(item, spec.body) : item;
  const text = blockText(body, spec.skip);
  if (!text) return null;
  const turn: ReadTurn = { from, text };
  const at = isoTime(safeQuery(item, spec.time ?? 'time[datetime]'));
  if (at) turn.at = at;
  const id = spec.id?.(item);
  if (id) turn.id = id;
  return turn;
}

/**
 * Email-style tools often list threads newest first. The turns' times decide when the
 * page shows them; without times the tool's default (newest first) is trusted.
 */
export function oldestFirst(turns: ReadTurn[]): ReadTurn[] {
  const first = turns[0]?.at;
  const last = turns.at(-1)?.at;
  const newestFirst = first && last ? first > last : true;
  return newestFirst ? [...turns].reverse() : turns;
}

const CUSTOMER_HINTS = new Set([
  'customer', 'visitor', 'contact', 'client', 'requester', 'enduser', 'user', 'incoming', 'inbound', 'left',
]);
const AGENT_HINTS = new Set(['agent', 'operator', 'admin', 'staff', 'outgoing', 'outbound', 'right', 'me', 'mine', 'self']);

/**
 * Author from words in class names / labels ("bubble--incoming", "end-user", "right").
 * Whole tokens only, so "message" never reads as "me"; null when no hint or both sides hint.
 */
export function speakerFromHints(text: string | null | undefined): Speaker | null {
  const tokens = (text ?? '').toLowerCase().split(/[^a-z0-9]+/);
  const customer = tokens.some((t) => CUSTOMER_HINTS.has(t));
  const agent = tokens.some((t) => AGENT_HINTS.has(t));
  if (customer === agent) return null;
  return customer ? 'customer' : 'agent';
}

/** Author from the item's class list and aria-label. */
export function speakerFromElement(el: Element | null | undefined): Speaker | null {
  if (!el) return null;
  return speakerFromHints(`${el.getAttribute('class') ?? ''} ${el.getAttribute('aria-label') ?? ''}`);
}

/** Builds a customer object, or null when neither name nor key was found. */
export function customerOf(name: string | undefined, key: string | undefined): { name?: string; key?: string } | null {
  if (!name && !key) return null;
  return { ...(name ? { name } : {}), ...(key ? { key } : {}) };
}
