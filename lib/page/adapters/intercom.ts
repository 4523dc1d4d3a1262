import type { Speaker } from '../../conversation/schema';
import type { Adapter } from './types';
import { emailIn, firstText, guardRead, idFromUrl, safeQuery } from './shared';
import { customerOf, readTurns, speakerFromElement, type ThreadSpec } from './thread';

/**
 * Intercom Inbox (app.intercom.com, the "inbox2" Ember app). Code, not a declaration
 * (declared.ts): an unknown part kind falls back on the author hints in its classes.
 *
 * Rests on what public userscripts and extensions for the Intercom inbox select:
 * `[data-intercom-target="conversation-stream-content-part"]` per part, part kinds as
 * BEM classes (`inbox2__user-…-part` customer, `inbox2__admin-…-part` agent,
 * `inbox2__note-part` internal note), the body in `.intercom-interblocks` /
 * `.inbox2__message-content`, the composer as `.ProseMirror[role=textbox]`, the right
 * sidebar as `[data-intercom-target="inbox-right-nav"]`; the conversation id is the last
 * path segment of `/conversation/N` or `/conversations/N`.
 * Confidence: medium for parts and authors (data-intercom-target is Intercom's own
 * product-tour hook, fairly stable); medium for the composer; low for the customer
 * name/email in the sidebar.
 */

const PART = '[data-intercom-target="conversation-stream-content-part"]';
const COMPOSER = '.inbox2__composer .ProseMirror[contenteditable="true"], .ProseMirror[role="textbox"][contenteditable="true"]';

function author(part: Element): Speaker | null {
  if (safeQuery(part, '[class*="inbox2__note"]')) return null;
  if (safeQuery(part, '[class*="inbox2__admin"], [class*="inbox2__bot"]')) return 'agent';
  if (safeQuery(part, '[class*="inbox2__user"]')) return 'customer';
  return speakerFromElement(part);
}

const thread: ThreadSpec = {
  item: PART,
  body: '.intercom-interblocks, .inbox2__message-content',
  author,
  id: (part) => part.getAttribute('data-part-id') ?? part.id,
};

export const intercomAdapter: Adapter = {
  id: 'intercom',
  name: 'Intercom Inbox',
  matches: ['https://app.intercom.com/*'],
  detect: (root, url) => url.hostname === 'app.intercom.com' && safeQuery(root, `${PART}, .inbox2__conversation-page`) !== null,
  read: (root, url) =>
    guardRead(() => {
      const sidebar = safeQuery(root, '[data-intercom-target="inbox-right-nav"]');
      const key = emailIn(safeQuery(sidebar, 'a[href^="mailto:"]')?.getAttribute('href'));
      return {
        conversationId: idFromUrl(url, /\/conversations?\/(\d+)/),
        customer: customerOf(firstText(sidebar, '[data-intercom-target="user-name"], h1, h2'), key),
        turns: readTurns(root, thread),
      };
    }),
  composer: (root) => safeQuery(root, COMPOSER),
};
