import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_SETTINGS, parsePanelSettings, uiLanguage } from './settings';

describe('panel settings', () => {
  it('reads what was saved and ignores what it does not know', () => {
    expect(parsePanelSettings({ language: 'ja', theme: 'dark' })).toEqual({ language: 'ja', theme: 'dark' });
    expect(parsePanelSettings({ language: 'fr', theme: 42 })).toEqual(DEFAULT_PANEL_SETTINGS);
    expect(parsePanelSettings(undefined)).toEqual(DEFAULT_PANEL_SETTINGS);
  });

  it('follows the browser on auto, the setting otherwise, and a ?lang pin above both', () => {
    expect(uiLanguage({ language: 'auto', theme: 'system' }, 'ja-JP')).toBe('ja');
    expect(uiLanguage({ language: 'en', theme: 'system' }, 'ja-JP')).toBe('en');
    expect(uiLanguage({ language: 'en', theme: 'system' }, 'en-US', 'ja')).toBe('ja');
  });
});
