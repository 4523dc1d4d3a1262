/** Shared by the session tests: the built-in pack, a fixed clock, and a desk page's snapshot. */
import { emptySnapshot, type Snapshot } from '../conversation/snapshot';
import { engineApi } from '../engine/api';

export const pack = engineApi.loadPack(engineApi.builtinPack);
export const NOW = Date.parse('2026-11-23T10:00:00Z');

/** The desk showing conversation "a", with whatever `over` changes. */
export function page(over: Partial<Snapshot>): Snapshot {
  return {
    ...emptySnapshot('http://127.0.0.1/desk/c/a'), tool: 'desk', toolName: 'Desk', conversationId: 'a',
    health: { detected: true, messageList: true, replyBox: true, messages: 1 }, draft: '', ...over,
  };
}
