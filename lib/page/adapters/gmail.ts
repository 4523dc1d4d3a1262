import type { Adapter } from './types';
import { emailIn, guardRead, idFromUrl, safeQuery, safeQueryAll } from './shared';
import { customerOf, readTurns } from './thread';

/**
 * Gmail (support from a shared or personal inbox). Code, not a declaration (declared.ts): a
 * thread's messages are told apart by the sender's address against the account's own.
 *
 * Rests on the classes and attributes Gmail has kept for years and that mail extensions
 * (Streak, Boomerang-style tools, gmail.js) rely on: `h2.hP` thread subject with
 * `data-thread-perm-id` / `data-legacy-thread-id`, `div.adn[data-message-id]` expanded
 * message, `.gD[email][name]` sender, `.a3s` body, `.g3[title]` exact time,
 * `div[contenteditable][role=textbox][aria-label]` reply body; the signed-in address is
 * in the window title ("Inbox - me@x.com - Gmail").
 * Confidence: medium-high for messages and compose body (obfuscated class names, but
 * stable for a decade); collapsed messages have no body in the DOM and are not read.
 */

const SUBJECT = 'h2.hP';
const MESSAGE = 'div.adn[data-message-id]';
const SENDER = '.gD[email]';
const COMPOSE_BODY = 'div[contenteditable="true"][role="textbox"][aria-label]';
const QUOTED = '.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], .adL, blockquote';

function documentOf(root: ParentNode): Document | null {
  return root instanceof Document ? root : ((root as Node).ownerDocument ?? null);
}

/** The signed-in address, from the title Gmail has used since launch. */
function ownerEmail(root: ParentNode): string | undefined {
  return emailIn(/ - ([^ ]+@[^ ]+) - Gmail/.exec(documentOf(root)?.title ?? '')?.[1]);
}

function senderEmail(item: Element): string | undefined {
  return safeQuery(item, SENDER)?.getAttribute('email')?.toLowerCase() ?? undefined;
}

/**
 * The customer is the first sender who is not the signed-in agent; every message from
 * another address (the agent, a colleague on a shared inbox) is the agent side.
 */
function customerSender(root: ParentNode): Element | null {
  const owner = ownerEmail(root)?.toLowerCase();
  for (const item of safeQueryAll(root, MESSAGE)) {
    if (senderEmail(item) && senderEmail(item) !== owner) return safeQuery(item, SENDER);
  }
  return null;
}

function conversationId(root: ParentNode, url: URL): string | null {
  const subject = safeQuery(root, SUBJECT);
  const fromSubject = subject?.getAttribute('data-thread-perm-id') ?? subject?.getAttribute('data-legacy-thread-id');
  // Thread URLs end in a long opaque id: #inbox/FMfcgzQXJWDsKmVHgwTnHhNpRkxvLbzG
  return fromSubject ?? idFromUrl(url, /#[^?]*\/([A-Za-z0-9]{16,})$/);
}

export const gmailAdapter: Adapter = {
  id: 'gmail',
  name: 'Gmail',
  matches: ['https://mail.google.com/*'],
  // All of a person's mail: read only where the agent asked for it.
  optIn: true,
  detect: (root, url) => url.hostname === 'mail.google.com' && safeQuery(root, SUBJECT) !== null,
  read: (root, url) =>
    guardRead(() => {
      const customer = customerSender(root);
      const customerEmail = customer?.getAttribute('email')?.toLowerCase();
      return {
        conversationId: safeQuery(root, SUBJECT) ? conversationId(root, url) : null,
        customer: customerOf(customer?.getAttribute('name') ?? undefined, customerEmail),
        turns: readTurns(root, {
          item: MESSAGE,
          body: '.a3s',
          skip: QUOTED,
          author: (item) => (customerEmail && senderEmail(item) === customerEmail ? 'customer' : 'agent'),
          time: '.g3[title]',
          id: (item) => item.getAttribute('data-message-id'),
        }),
        channel: 'email',
      };
    }),
  composer: (root) => {
    const bodies = safeQueryAll(root, COMPOSE_BODY);
    const focused = documentOf(root)?.activeElement;
    // Inline replies sit below the thread, so without focus the last body is the reply.
    return bodies.find((body) => focused && body.contains(focused)) ?? bodies.at(-1) ?? null;
  },
  draftSkip: QUOTED,
};
