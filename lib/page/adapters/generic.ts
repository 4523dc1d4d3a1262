import { readStructure } from '../structure/read';
import { findReplyBox } from '../structure/reply-box';
import { guardRead } from './shared';
import type { Adapter } from './types';

/**
 * The reader for a support tool Kizuki has no adapter for, on a site the agent enabled with
 * "Read this site". It trusts no tool's markup: the page's structure says where the reply box
 * and the messages are and who wrote each (see lib/page/structure/).
 */
export const genericAdapter: Adapter = {
  id: 'generic',
  name: 'Other support tool',
  matches: [],
  detect: (root) => findReplyBox(root) !== null,
  read: (root, url) =>
    guardRead(() => {
      const found = readStructure(root, url);
      return {
        // No id in the address (a compose page): the background continues the conversation the agent came from.
        conversationId: found.conversationId,
        customer: found.customer.name || found.customer.email ? { ...(found.customer.name ? { name: found.customer.name } : {}), ...(found.customer.email ? { key: found.customer.email } : {}) } : null,
        turns: found.turns,
        how: {
          thread: found.how.thread === 'none' ? 'none' : 'structure',
          speakers: found.how.speakers === 'none' ? 'none' : 'structure',
          replyBox: found.how.replyBox === 'none' ? 'none' : found.how.replyBox === 'focus' ? 'focus' : 'structure',
          id: found.how.id,
        },
      };
    }),
  composer: (root) => findReplyBox(root)?.element ?? null,
  // Tabbed tools mark the open conversation's tab.
  observe: ['aria-selected'],
};
