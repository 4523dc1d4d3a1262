import { structure } from '../structure/api';
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
  // Until the structural reader has arrived in the page, nothing is detected; it is asked for here.
  detect: (root) => !!structure()?.findReplyBox(root),
  read: (root, url) =>
    guardRead(() => {
      const reader = structure();
      if (!reader) return { conversationId: null, customer: null, turns: [] };
      const found = reader.readStructure(root, url);
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
          replyApart: true,
        },
      };
    }),
  composer: (root) => structure()?.findReplyBox(root)?.element ?? null,
  // Tabbed tools mark the open conversation's tab.
  observe: ['aria-selected'],
};
