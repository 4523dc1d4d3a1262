import type { Speaker } from '../../conversation/schema';

/**
 * Words in a message's class names, ARIA labels and data attributes that say who wrote it
 * ("bubble--incoming", "end-user", "is-operator", data-author="customer"). Whole tokens only,
 * so "message" never reads as "me".
 */
const CUSTOMER = new Set(['customer', 'customers', 'visitor', 'contact', 'client', 'requester', 'requestor', 'enduser', 'end', 'user', 'guest', 'incoming', 'inbound', 'received', 'left', 'lead', 'patron', 'buyer', 'consumer']);
const AGENT = new Set(['agent', 'agents', 'operator', 'admin', 'staff', 'support', 'teammate', 'team', 'outgoing', 'outbound', 'sent', 'right', 'me', 'mine', 'self', 'own', 'employee', 'responder', 'response', 'reply', 'internal']);
/** "end user" reads as two tokens; "user" alone is the customer's only next to nothing agent-like. */
const WEAK_CUSTOMER = new Set(['user', 'end', 'left', 'received']);
const WEAK_AGENT = new Set(['right', 'sent', 'response', 'reply', 'internal', 'team']);

export interface Hint {
  speaker: Speaker;
  strong: boolean;
}

export function hintFromText(text: string | null | undefined): Hint | null {
  const tokens = (text ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  let customer = 0;
  let agent = 0;
  let strongCustomer = false;
  let strongAgent = false;
  for (const token of tokens) {
    if (CUSTOMER.has(token)) {
      customer++;
      if (!WEAK_CUSTOMER.has(token)) strongCustomer = true;
    }
    if (AGENT.has(token)) {
      agent++;
      if (!WEAK_AGENT.has(token)) strongAgent = true;
    }
  }
  if (strongCustomer !== strongAgent) return { speaker: strongCustomer ? 'customer' : 'agent', strong: true };
  if (customer === agent) return null;
  return { speaker: customer > agent ? 'customer' : 'agent', strong: false };
}

const HINT_ATTRIBUTES = ['class', 'aria-label', 'data-author', 'data-sender', 'data-sender-type', 'data-author-type', 'data-role', 'data-type', 'data-direction', 'data-from', 'data-origin', 'data-testid', 'data-test-id', 'data-qa', 'type'];

/** Yes/no attributes that say "the one using the tool wrote this" (the agent) or not. */
const OWN_FLAGS = ['data-own', 'data-is-own', 'data-mine', 'data-is-mine', 'data-self', 'data-from-me', 'data-outgoing', 'data-is-outgoing', 'data-sent'];
const THEIR_FLAGS = ['data-incoming', 'data-is-incoming', 'data-received'];

/** What an element's own attributes say about its author. */
export function hintOf(el: Element | null | undefined): Hint | null {
  if (!el) return null;
  for (const flag of OWN_FLAGS) {
    const v = el.getAttribute(flag);
    if (v === 'true' || v === '') return { speaker: 'agent', strong: true };
    if (v === 'false') return { speaker: 'customer', strong: true };
  }
  for (const flag of THEIR_FLAGS) {
    const v = el.getAttribute(flag);
    if (v === 'true' || v === '') return { speaker: 'customer', strong: true };
  }
  const text = HINT_ATTRIBUTES.map((a) => el.getAttribute(a) ?? '').join(' ');
  return hintFromText(text);
}

/** The message's own hint, else its first few descendants' (a wrapper often carries the side). */
export function hintWithin(item: Element, depth = 2): Hint | null {
  const own = hintOf(item);
  if (own?.strong) return own;
  let best = own;
  const walk = (el: Element, level: number) => {
    if (level > depth) return;
    for (const child of Array.from(el.children).slice(0, 6)) {
      const h = hintOf(child);
      if (h && (!best || (h.strong && !best.strong))) best = h;
      if (best?.strong) return;
      walk(child, level + 1);
    }
  };
  walk(item, 1);
  return best;
}
