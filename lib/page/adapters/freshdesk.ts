import type { Speaker } from '../../conversation/schema';
import type { Adapter } from './types';
import { emailIn, firstText, guardRead, idFromUrl, safeQuery } from './shared';
import { customerOf, readTurns, speakerFromElement } from './thread';

/**
 * Freshdesk (agent portal, /a/tickets/N). Code, not a declaration (declared.ts): a message's
 * side is read from the direction hints in its classes, which no one selector states.
 *
 * Rests on the ticket route `/a/tickets/N`, the Froala editor Freshdesk uses for replies
 * (`.fr-element.fr-view[contenteditable]`, a widely documented third-party editor), and
 * on the ticket view's conversation markup as described by public scrapers and the
 * Freshdesk app-development docs: `[data-test-id="ticket-details"]` container, one
 * `.conversation` per message with its direction as a class (`incoming`/`outgoing`,
 * `private-note` for notes), the text in `.conversation__body`, the requester card
 * `[data-test-id="requester-info"]`. Confidence: low for the conversation classes and
 * requester card (unverified against a live account); medium for route and editor.
 */

const TICKET = '[data-test-id="ticket-details"]';
const COMPOSER = '.fr-element.fr-view[contenteditable="true"], .redactor_editor[contenteditable="true"]';

function author(item: Element): Speaker | null {
  if (item.classList.contains('private-note') || item.classList.contains('is-private')) return null;
  return speakerFromElement(item);
}

export const freshdeskAdapter: Adapter = {
  id: 'freshdesk',
  name: 'Freshdesk',
  matches: ['https://*.freshdesk.com/*'],
  detect: (root, url) => url.hostname.endsWith('.freshdesk.com') && safeQuery(root, TICKET) !== null,
  read: (root, url) =>
    guardRead(() => {
      const requester = safeQuery(root, '[data-test-id="requester-info"]');
      const key = emailIn(firstText(requester, '[data-test-id="requester-email"], a[href^="mailto:"]'));
      return {
        conversationId: idFromUrl(url, /\/a\/tickets\/(\d+)/),
        customer: customerOf(firstText(requester, '[data-test-id="requester-name"]'), key),
        turns: readTurns(root, {
          item: `${TICKET} .conversation`,
          body: '.conversation__body',
          skip: 'blockquote, .freshdesk_quote',
          author,
          id: (item) => item.getAttribute('data-conversation-id'),
        }),
      };
    }),
  composer: (root) => safeQuery(root, COMPOSER),
};
