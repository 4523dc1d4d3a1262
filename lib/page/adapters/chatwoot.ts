import type { Speaker } from '../../conversation/schema';
import type { Adapter } from './types';
import { emailIn, firstText, guardRead, idFromUrl, safeQuery } from './shared';
import { customerOf, readTurns, type ThreadSpec } from './thread';

/**
 * Chatwoot dashboard (open source; cloud and self-hosted). Code, not a declaration
 * (declared.ts): two generations of markup, and the author told by colour variants.
 *
 * Rests on Chatwoot's own templates: `components-next/message/Message.vue`
 * (`div#message<ID>[data-message-id]`), `bubbles/Base.vue` (`left-bubble`/`right-bubble`
 * plus a variant colour: `bg-n-slate-4` contact, `bg-n-solid-blue` agent,
 * `bg-n-solid-iris` bot/template, `bg-n-solid-amber` private note),
 * `Text/FormattedContent.vue` (`.prose-bubble`); and the older `Message.vue`
 * (`ul.conversation-panel > li.left|right|center`, `.bubble.is-private`,
 * `.message-text__wrap`). The route `/app/accounts/N/…/conversations/N` is the same on
 * every host, so detection works on self-hosted installs.
 * Confidence: high for messages and authors (read from source; the colour classes are
 * Tailwind tokens and may be renamed); medium for the ProseMirror reply box; low for
 * the contact panel (name/email).
 */

const ROUTE = /\/app\/accounts\/\d+\/(?:.*\/)?conversations\/(\d+)/;
const MESSAGES = '.left-bubble, .right-bubble, ul.conversation-panel';
const COMPOSER = '.reply-box [contenteditable="true"], .ProseMirror-woot-style[contenteditable="true"]';

function authorOfNext(bubble: Element): Speaker | null {
  const has = (name: string) => bubble.classList.contains(name);
  if (has('bg-n-solid-amber')) return null;
  if (has('bg-n-slate-4')) return 'customer';
  if (has('bg-n-solid-blue') || has('bg-n-solid-iris')) return 'agent';
  // Unknown variant: right is "my message"; left is the contact (or a colleague, rarely).
  return has('right-bubble') ? 'agent' : 'customer';
}

function authorOfLegacy(item: Element): Speaker | null {
  if (safeQuery(item, '.is-private')) return null;
  if (item.classList.contains('left')) return 'customer';
  if (item.classList.contains('right')) return 'agent';
  return null;
}

const thread: ThreadSpec = {
  item: '[data-message-id], ul.conversation-panel > li',
  body: '.prose-bubble, .message-text__wrap',
  skip: '.message-text--metadata, .time',
  author: (item) => {
    const bubble = safeQuery(item, '.left-bubble, .right-bubble');
    if (bubble) return authorOfNext(bubble);
    return item.tagName === 'LI' ? authorOfLegacy(item) : null;
  },
  id: (item) => item.getAttribute('data-message-id') ?? item.id.replace(/^message/, ''),
};

export const chatwootAdapter: Adapter = {
  id: 'chatwoot',
  name: 'Chatwoot',
  matches: ['https://app.chatwoot.com/*'],
  detect: (root, url) => ROUTE.test(url.pathname) && safeQuery(root, MESSAGES) !== null,
  read: (root, url) =>
    guardRead(() => {
      const panel = safeQuery(root, '.contact--panel, .contact-panel, [class*="contact--"]');
      return {
        conversationId: idFromUrl(url, ROUTE),
        customer: customerOf(firstText(panel, '.contact--name'), emailIn(safeQuery(panel, 'a[href^="mailto:"]')?.getAttribute('href'))),
        turns: readTurns(root, thread),
      };
    }),
  composer: (root) => safeQuery(root, COMPOSER),
};
