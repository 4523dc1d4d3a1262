import type { TopCommand } from '../messaging/messages';
import { rankCards } from './ranking';
import { usePanelStore } from './store';

/**
 * Insert or dismiss the top suggestion: the card the agent sees first. The same from the
 * panel's own keys (I, D) and from the browser-wide shortcuts while the agent types in the tool.
 * False when there is no active card to act on.
 */
export function runTopCommand(command: TopCommand): boolean {
  const state = usePanelStore.getState();
  const top = rankCards(state.tracker.cards).find((card) => card.state === 'active');
  if (!top) return false;
  if (command === 'insert-top') {
    const text = top.prompt.phrasings[0];
    if (!text) return false;
    state.insert(top.ruleId, text);
  } else {
    state.dismiss(top.ruleId);
  }
  return true;
}
