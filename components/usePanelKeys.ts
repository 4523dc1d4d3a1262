import { useEffect } from 'react';
import { panelCommand } from '@/lib/panel/keys';
import { runTopCommand } from '@/lib/panel/commands';

/** `i` / Alt+I inserts the top suggestion; `d` / Alt+D dismisses the top prompt at once (a reason may follow). */
export function usePanelKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const inField = !!target?.closest('input, textarea, select, [contenteditable="true"], [role="menu"]');
      const command = panelCommand({ ...pick(event), inField });
      if (!command || event.repeat) return;
      if (runTopCommand(command)) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function pick({ key, code, altKey, ctrlKey, metaKey, shiftKey }: KeyboardEvent) {
  return { key, code, altKey, ctrlKey, metaKey, shiftKey };
}
