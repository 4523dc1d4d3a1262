import { useEffect, useRef, type KeyboardEvent } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { DismissReason } from '@/lib/panel/outcomes';
import { usePanelStore } from '@/lib/panel/store';
import styles from './DismissMenu.module.css';

const REASONS: [DismissReason, MessageKey][] = [
  ['not-relevant', 'panel_reasonNotRelevant'],
  ['already-handled', 'panel_reasonAlreadyHandled'],
  ['wrong', 'panel_reasonWrong'],
];

/**
 * The card's ✕: a small menu whose every item is one click — three reasons to dismiss, or
 * snooze for this conversation. A menu button, so it works from the keyboard as expected.
 */
export function DismissMenu({ ruleId, message }: { ruleId: string; message: string }) {
  const open = usePanelStore((state) => state.dismissMenuFor === ruleId);
  const { openDismissMenu, dismiss, snooze } = usePanelStore.getState();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const menuId = `dismiss-${ruleId}`;

  useEffect(() => {
    // Focus moves only because the agent opened the menu (a click or the `d` key).
    if (open) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node) && !button.current?.contains(event.target as Node)) openDismissMenu(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, openDismissMenu]);

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') focus(at + 1);
    else if (event.key === 'ArrowUp') focus(at - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(items.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') {
      openDismissMenu(null);
      if (event.key === 'Escape') button.current?.focus();
      return;
    } else return;
    event.preventDefault();
  };

  return (
    <div className={styles.wrap}>
      <button
        ref={button}
        type="button"
        className={`quiet ${styles.trigger}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('panel_dismissLabel', message)}
        title={t('panel_dismissLabel', message)}
        data-testid="dismiss-button"
        onClick={() => openDismissMenu(open ? null : ruleId)}
      >
        <span aria-hidden="true">✕</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" className={styles.menu} aria-label={t('panel_dismissLabel', message)} onKeyDown={onMenuKey}>
          {REASONS.map(([reason, label]) => (
            <button key={reason} type="button" role="menuitem" tabIndex={-1} data-reason={reason} onClick={() => dismiss(ruleId, reason)}>
              {t(label)}
            </button>
          ))}
          <div role="separator" className={styles.separator} />
          <button type="button" role="menuitem" tabIndex={-1} data-reason="snooze" onClick={() => snooze(ruleId)}>
            {t('panel_snooze')}
          </button>
        </div>
      )}
    </div>
  );
}
