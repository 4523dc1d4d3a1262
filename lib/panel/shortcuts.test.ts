import { describe, expect, it } from 'vitest';
import { shortcutsFrom } from './shortcuts';

describe('the shortcuts the panel shows', () => {
  it("reads Chrome's and Firefox's names for opening the panel, and says when a shortcut is not set", () => {
    expect(shortcutsFrom([
      { name: '_execute_action', shortcut: 'Alt+Shift+K' },
      { name: 'insert-top', shortcut: 'Alt+Shift+Y' },
      { name: 'dismiss-top', shortcut: '' },
    ])).toEqual({ open: 'Alt+Shift+K', insert: 'Alt+Shift+Y', dismiss: '' });
    expect(shortcutsFrom([{ name: '_execute_sidebar_action', shortcut: 'Alt+Shift+K' }]).open).toBe('Alt+Shift+K');
  });
});
