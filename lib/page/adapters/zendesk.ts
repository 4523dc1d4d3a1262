import type { Channel } from '../../conversation/schema';
import type { Adapter } from './types';
import { emailIn, firstText, guardRead, idFromUrl, safeQuery, safeQueryAll } from './shared';
import { customerOf, readTurns, type ThreadSpec } from './thread';

/**
 * Zendesk Agent Workspace. Code, not a declaration (declared.ts): the open ticket is one of
 * several mounted panes, the author is an attribute's value with an older-build fallback, and
 * the channel is worded in the "via" line.
 *
 * Rests on Zendesk's own `data-test-id` attributes, which many public extensions and
 * userscripts select on (`omni-log-container`, `omni-log-comment-item`,
 * `omni-log-item-message[type=end-user|agent]`, `omni-log-message-content`,
 * `omni-log-item-sender`, `omni-log-item-via`, `omni-log-internal-note-tag`,
 * `omnicomposer-*-ckeditor`) and on `.ticket-panes-grid-layout[data-is-active]`, which
 * marks the visible ticket tab (Zendesk keeps other open tickets mounted).
 * Confidence: high for the log items and author `type`; medium for the composer;
 * low for the requester email (customer-context panel markup is not documented).
 */

const LOG = '[data-test-id="omni-log-container"]';
const ACTIVE_TICKET = '.ticket-panes-grid-layout[data-is-active="true"]';
const COMPOSER = [
  '[data-test-id="omnicomposer-rich-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="omnicomposer-plain-text-ckeditor"][contenteditable="true"]',
  '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"]',
  '.zendesk-editor--rich-text-container [contenteditable="true"]',
].join(', ');

const thread: ThreadSpec = {
  item: `${LOG} [data-test-id="omni-log-comment-item"]`,
  body: '[data-test-id="omni-log-message-content"]',
  skip: 'blockquote, .zd-quote',
  author: (item) => {
    if (safeQuery(item, '[data-test-id="omni-log-internal-note-tag"]')) return null;
    const type = safeQuery(item, '[data-test-id="omni-log-item-message"]')?.getAttribute('type');
    if (type === 'end-user') return 'customer';
    if (type === 'agent') return 'agent';
    // Older builds lack `type`; agents' avatars carry a badge, end users' do not.
    return safeQuery(item, '[data-test-id="omni-log-avatar-badge-AgentBadge"]') ? 'agent' : 'customer';
  },
  id: (item) => item.getAttribute('data-comment-id'),
};

/** The open ticket's pane; the whole page when the layout wrapper is missing. */
function activeTicket(root: ParentNode): ParentNode {
  return safeQuery(root, ACTIVE_TICKET) ?? root;
}

function channelOf(scope: ParentNode): Channel | undefined {
  const via = safeQueryAll(scope, '[data-test-id="omni-log-item-via"]').map((el) => el.textContent ?? '').join(' ');
  if (/messaging|chat|メッセージング|チャット/i.test(via)) return 'chat';
  if (/phone|call|電話/i.test(via)) return 'voice';
  if (/mail|web form|メール/i.test(via)) return 'email';
  return undefined;
}

export const zendeskAdapter: Adapter = {
  id: 'zendesk',
  name: 'Zendesk Agent Workspace',
  matches: ['https://*.zendesk.com/agent/*'],
  detect: (root, url) => url.hostname.endsWith('.zendesk.com') && safeQuery(root, LOG) !== null,
  read: (root, url) =>
    guardRead(() => {
      const scope = activeTicket(root);
      const turns = readTurns(scope, thread);
      const firstCustomer = safeQueryAll(scope, thread.item).find((item) => thread.author(item) === 'customer');
      const name = firstText(firstCustomer, '[data-test-id="omni-log-item-sender"]');
      const key = emailIn(safeQuery(scope, '[data-test-id*="customer-context"] a[href^="mailto:"]')?.getAttribute('href'));
      const ticketElement = safeQuery<Element>(root, ACTIVE_TICKET) ?? safeQuery(root, '[data-ticket-id]');
      const channel = channelOf(scope);
      return {
        conversationId: idFromUrl(url, /\/agent\/tickets\/(\d+)/) ?? ticketElement?.getAttribute('data-ticket-id') ?? null,
        customer: customerOf(name, key),
        turns,
        ...(channel ? { channel } : {}),
      };
    }),
  composer: (root) => safeQuery(activeTicket(root), COMPOSER),
  // Switching ticket tabs flips which pane is active without changing much else.
  observe: ['data-is-active'],
};
