import type { Adapter } from './types';
import { emailIn, firstText, guardRead, idFromUrl, safeQuery } from './shared';
import { customerOf, oldestFirst, readTurns } from './thread';

/**
 * FreeScout (open source, self-hosted only). Code, not a declaration (declared.ts): the
 * customer's address may only be in the reply form's select value, and times are in a title.
 *
 * Rests on FreeScout's Blade templates `conversations/view.blade.php` and
 * `conversations/partials/thread.blade.php`: `#conv-layout-main` thread list,
 * `.thread.thread-type-customer` (customer) / `.thread-type-message` (agent reply) /
 * `-note`, `-lineitem`, `-draft` (left out), `data-thread_id`, `.thread-body`,
 * `.thread-date[title]`; the reply form `.conv-reply-block` with `textarea#body`, which
 * Summernote replaces on screen with `.note-editable`; the reply form's
 * `select[name=to]` holds the customer's address. There is no SaaS host, so `matches`
 * is empty: the agent enables Kizuki on their own FreeScout host and detection is by
 * the `/conversation/N` route plus markup.
 * Confidence: high for threads, authors and reply box (read from the templates);
 * medium for the customer profile classes.
 */

const ROUTE = /\/conversation\/(\d+)/;
const EDITOR = '.conv-reply-block .note-editable[contenteditable="true"]';
const TEXTAREA = '.conv-reply-block textarea#body';

export const freescoutAdapter: Adapter = {
  id: 'freescout',
  name: 'FreeScout',
  matches: [],
  detect: (root, url) => ROUTE.test(url.pathname) && safeQuery(root, '#conv-layout-main .thread') !== null,
  read: (root, url) =>
    guardRead(() => {
      const profile = safeQuery(root, '.conv-customer-block');
      const to = safeQuery<HTMLSelectElement>(root, '.conv-reply-block select[name="to"]');
      const key = emailIn(firstText(profile, '.customer-email')) ?? emailIn(to?.value);
      return {
        conversationId: idFromUrl(url, ROUTE) ?? safeQuery(root, '[name="conversation_id"]')?.getAttribute('value') ?? null,
        customer: customerOf(firstText(profile, '.customer-name'), key),
        // FreeScout lists threads newest first.
        turns: oldestFirst(readTurns(root, {
          item: '#conv-layout-main .thread',
          body: '.thread-body',
          skip: '.thread-attachments, .alert, blockquote, .gmail_quote',
          author: (item) => {
            if (item.classList.contains('thread-type-customer')) return 'customer';
            if (item.classList.contains('thread-type-message')) return 'agent';
            return null;
          },
          time: '.thread-date[title]',
          id: (item) => item.getAttribute('data-thread_id'),
        })),
        channel: 'email',
      };
    }),
  // Summernote hides the textarea and only syncs it on change, so its editor comes first.
  composer: (root) => safeQuery(root, EDITOR) ?? safeQuery(root, TEXTAREA),
};
