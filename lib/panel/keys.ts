/** The panel's own keys. Alt+letter works anywhere in the panel; a bare letter only outside form fields. */
export type PanelCommand = 'insert-top' | 'dismiss-top';

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The key went to a text field, a select or an open menu. */
  inField: boolean;
}

const BY_LETTER: Record<string, PanelCommand> = { i: 'insert-top', d: 'dismiss-top' };

export function panelCommand(e: KeyLike): PanelCommand | null {
  if (e.ctrlKey || e.metaKey || e.shiftKey) return null;
  // Alt+letter types a different character on macOS: go by the physical key.
  if (e.altKey) return BY_LETTER[e.code.replace(/^Key/, '').toLowerCase()] ?? null;
  if (e.inField) return null;
  return BY_LETTER[e.key.toLowerCase()] ?? null;
}
