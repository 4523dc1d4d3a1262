import { useEffect } from 'react';
import { panelCommand } from '@/lib/panel/keys';
import { rankCards } from '@/lib/panel/ranking';
import { usePanelStore } from '@/lib/panel/store';

/** `i` / Alt+I inserts the top suggestion; `d` / Alt+D opens the top prompt's dismiss menu. */
export function usePanelKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const inField = !!target?.closest('input, textarea, select, [contenteditable="true"], [role="menu"]');
      const command = panelCommand({ ...pick(event), inField });
      if (!command || event.repeat) return;
      const state = usePanelStore.getState();
      const top = rankCards(state.tracker.cards).find((card) => card.state === 'active');
      if (!top) return;
      event.preventDefault();
      if (command === 'insert-top' && top.prompt.phrasings[0]) state.insert(top.ruleId, top.prompt.phrasings[0]);
      if (command === 'dismiss-top') state.openDismissMenu(top.ruleId);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function pick({ key, code, altKey, ctrlKey, metaKey, shiftKey }: KeyboardEvent) {
  return { key, code, altKey, ctrlKey, metaKey, shiftKey };
}
