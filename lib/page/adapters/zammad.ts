import type { Speaker } from '../../conversation/schema';
import type { Adapter } from './types';
import { emailIn, firstText, guardRead, idFromUrl, safeQuery, safeQueryAll } from './shared';
import { customerOf, readTurns, type ThreadSpec } from './thread';

/**
 * Zammad (open source; hosted and self-hosted), desktop agent UI. Code, not a declaration
 * (declared.ts): only the active task tab is on screen, and the customer is in a "From" row.
 *
 * Rests on Zammad's templates `ticket_zoom/article_view.jst.eco` and `article_new.jst.eco`
 * and on the classes its own browser tests select: `.ticket-article-item` with the
 * sender as a class (`customer` / `agent` / `system`, `is-internal` for notes) and
 * `data-id`, `.richtext-content` body, the hidden `.article-meta` "From" row
 * ("Name <email>"), `.articleNewEdit-body[contenteditable]` reply box, `.content.active`
 * for the visible task tab. The route `#ticket/zoom/N` is the same on every host.
 * Confidence: high for articles and authors; high for the reply box; medium for the
 * customer (from the first customer article's "From" row).
 */

const ROUTE = /#ticket\/zoom\/(\d+)/;
const ARTICLE = '.ticket-article-item';
const COMPOSER = '.articleNewEdit-body[contenteditable="true"], .article-add .js-textarea[contenteditable="true"]';

function author(item: Element): Speaker | null {
  const has = (name: string) => item.classList.contains(name);
  if (has('is-internal') || has('system') || has('is-system')) return null;
  if (has('customer') || has('is-customer')) return 'customer';
  if (has('agent') || has('is-agent')) return 'agent';
  return null;
}

const thread: ThreadSpec = {
  item: ARTICLE,
  body: '.richtext-content',
  skip: 'blockquote, .js-signatureMarker',
  author,
  id: (item) => item.getAttribute('data-id'),
};

/** Zammad keeps every opened ticket as a task tab; only `.content.active` is on screen. */
function activeTask(root: ParentNode): ParentNode {
  return safeQuery(root, '.content.active') ?? root;
}

/** "山田 花子 <hanako@example.com>" from the first customer article's From row. */
function customerFrom(scope: ParentNode): { name?: string; key?: string } | null {
  const first = safeQueryAll(scope, ARTICLE).find((item) => author(item) === 'customer');
  const from = firstText(first, '.article-meta.top .article-meta-value');
  return customerOf(from?.replace(/<[^>]*>/, '').trim() || undefined, emailIn(from));
}

export const zammadAdapter: Adapter = {
  id: 'zammad',
  name: 'Zammad',
  matches: ['https://*.zammad.com/*'],
  detect: (root, url) => ROUTE.test(url.hash) && safeQuery(root, ARTICLE) !== null,
  read: (root, url) =>
    guardRead(() => {
      const scope = activeTask(root);
      return {
        conversationId: idFromUrl(url, ROUTE),
        customer: customerFrom(scope),
        turns: readTurns(scope, thread),
      };
    }),
  composer: (root) => safeQuery(activeTask(root), COMPOSER),
};
