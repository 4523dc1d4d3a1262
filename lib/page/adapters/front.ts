import type { Adapter } from './types';
import { emailIn, firstText, guardRead, idFromUrl, safeQuery, safeQueryAll } from './shared';
import { customerOf, readTurns, speakerFromElement, type ThreadSpec } from './thread';

/**
 * Front (app.frontapp.com). Code, not a declaration (declared.ts): the direction is a token
 * in a class or aria-label, and the customer's address sits inside the sender's text.
 *
 * Front's class names are generated per build, so this adapter rests only on what is
 * stable by design: Front's public resource ids in the page (`cnv_…` conversation id in
 * the URL, `msg_…` message ids on message elements), the inbound/outbound direction
 * Front's API and UI use for every message (as a class or aria-label token), a
 * `data-testid` for message body / sender / composer where present, and the
 * ProseMirror composer. Confidence: low — unverified against a live Front account;
 * expect to adjust the message and body selectors on first contact.
 */

const MESSAGE = '[data-message-id^="msg_"]';
const COMPOSER = '[data-testid="composer-body"] [contenteditable="true"], .ProseMirror[contenteditable="true"]';
/** Left out of the draft: the agent's signature and quoted history are not what they are writing. */
const SIGNATURES = '.signature, blockquote';

const thread: ThreadSpec = {
  item: MESSAGE,
  body: '[data-testid="message-body"], .message-body',
  skip: 'blockquote, .front-quote, .signature',
  // Comments (team chat on a conversation) carry neither direction and are left out.
  author: (message) => speakerFromElement(message),
  id: (message) => message.getAttribute('data-message-id'),
};

export const frontAdapter: Adapter = {
  id: 'front',
  name: 'Front',
  matches: ['https://app.frontapp.com/*'],
  detect: (root, url) => url.hostname === 'app.frontapp.com' && safeQuery(root, MESSAGE) !== null,
  read: (root, url) =>
    guardRead(() => {
      const firstInbound = safeQueryAll(root, MESSAGE).find((m) => thread.author(m) === 'customer');
      const sender = firstText(firstInbound, '[data-testid="message-sender"]');
      return {
        conversationId: idFromUrl(url, /\/(cnv_[a-z0-9]+)/i),
        customer: customerOf(sender?.replace(/<[^>]*>/, '').trim() || undefined, emailIn(sender)),
        turns: readTurns(root, thread),
      };
    }),
  composer: (root) => safeQuery(root, COMPOSER),
  draftSkip: SIGNATURES,
};
