import type { Speaker } from '../../conversation/schema';
import type { Adapter } from './types';
import { emailIn, firstText, guardRead, idFromUrl, safeQuery } from './shared';
import { customerOf, oldestFirst, readTurns } from './thread';

/**
 * Help Scout (secure.helpscout.net).
 *
 * Rests on the markup public Help Scout extensions select (e.g. helpscout-thread-hider):
 * `article.thread` per thread with its type as a class (`customer`, `message` = agent
 * reply, `note`, `lineitem`, `forward`), `id="thread-N"`, the body in
 * `section.messageBody`; the route `/conversation/N/…`. The reply editor is Help Scout's
 * Redactor-based contenteditable; the customer card sits in the sidebar.
 * Confidence: medium for threads and authors; low for the reply editor class and the
 * customer card (both redesigned over time, unverified against a live account).
 */

const THREAD = 'article.thread';
const COMPOSER = '.redactor-editor[contenteditable="true"], .redactor_editor[contenteditable="true"], #reply-editor [contenteditable="true"]';
/** Left out of the draft: the agent's signature and quoted history are not what they are writing. */
const SIGNATURES = '.signature, blockquote';

function author(thread: Element): Speaker | null {
  if (thread.classList.contains('customer')) return 'customer';
  if (thread.classList.contains('message')) return 'agent';
  return null;
}

export const helpscoutAdapter: Adapter = {
  id: 'helpscout',
  name: 'Help Scout',
  matches: ['https://secure.helpscout.net/*'],
  detect: (root, url) => url.hostname === 'secure.helpscout.net' && safeQuery(root, THREAD) !== null,
  read: (root, url) =>
    guardRead(() => {
      const card = safeQuery(root, '.c-customer-profile, #customerProfile, .customer-profile');
      const key = emailIn(safeQuery(card, 'a[href^="mailto:"]')?.getAttribute('href')) ?? emailIn(firstText(card, '.email'));
      return {
        conversationId: idFromUrl(url, /\/conversation\/(\d+)/),
        customer: customerOf(firstText(card, '.name, h2, h3'), key),
        // Help Scout shows the newest thread on top by default.
        turns: oldestFirst(readTurns(root, {
          item: THREAD,
          body: 'section.messageBody, .messageBody',
          skip: 'blockquote, .quoted, .signature',
          author,
          id: (thread) => thread.id.replace(/^thread-/, ''),
        })),
        channel: 'email',
      };
    }),
  composer: (root) => safeQuery(root, COMPOSER),
  draftSkip: SIGNATURES,
};
