import { structure } from '../structure/api';
import { conversationIdFromUrl } from '../structure/conversation-id';
import type { Adapter, AdapterReading, ReadingHow } from './types';

/**
 * A known tool whose own selectors stop finding a part (its vendor shipped new markup) does
 * not go blind: that part is read from the page's structure instead, and the reading says so,
 * so the health line can ask the team lead to check the tool.
 */
/** The tool's own message list is on the page and shows nothing yet: an open conversation with no message. */
export function emptyList(adapter: Adapter, root: ParentNode): boolean {
  const list = adapter.messageList?.(root);
  return !!list && !list.textContent?.trim();
}

export function withFallbacks(adapter: Adapter): Adapter {
  const composer = (root: ParentNode): HTMLElement | null => adapter.composer(root) ?? structure()?.findReplyBox(root)?.element ?? null;
  return {
    ...adapter,
    composer,
    read(root, url) {
      const own = adapter.read(root, url);
      const ownComposer = adapter.composer(root);
      const how: ReadingHow = {
        thread: own.turns.length ? 'tool' : 'none',
        speakers: own.turns.length ? 'tool' : 'none',
        replyBox: ownComposer ? 'tool' : 'none',
        id: own.conversationId ? 'tool' : 'none',
        ...own.how,
      };
      let reading: AdapterReading = own;
      // On a call the transcript is the conversation; no thread is expected beside it. An open
      // conversation with no message yet (the tool's list is there, and empty) has nothing to
      // guess: its "No messages yet" is no message.
      const needsThread = own.turns.length === 0 && !own.call && !emptyList(adapter, root);
      // The structural reader is fetched the first time a part is missing; until then the part reads as missing.
      const reader = needsThread || !ownComposer ? structure() : null;
      if (reader) {
        const found = reader.readStructure(root, url, ownComposer ? { composer: ownComposer } : {});
        if (needsThread && found.turns.length) {
          reading = { ...reading, turns: found.turns };
          how.thread = 'structure';
          how.speakers = 'structure';
        }
        if (!ownComposer && found.composer) how.replyBox = found.how.replyBox === 'focus' ? 'focus' : 'structure';
      }
      if (!reading.conversationId) {
        const id = conversationIdFromUrl(url);
        if (id) {
          reading = { ...reading, conversationId: id };
          how.id = 'url';
        }
      }
      return { ...reading, how };
    },
  };
}
