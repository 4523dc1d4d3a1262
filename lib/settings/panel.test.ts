import { describe, expect, it } from 'vitest';
import { DEFAULT_PANEL_SETTINGS, panelSettingsSetting, parsePanelSettings, uiLanguage } from './panel';
import { migrate } from './store';

describe('panel settings', () => {
  it('reads what was saved and ignores what it does not know', () => {
    expect(parsePanelSettings({ language: 'ja', theme: 'dark', agentName: ' 佐藤 ' })).toEqual({ language: 'ja', theme: 'dark', agentName: '佐藤' });
    expect(parsePanelSettings({ language: 'fr', theme: 42, agentName: 7 })).toEqual(DEFAULT_PANEL_SETTINGS);
    expect(parsePanelSettings(undefined)).toEqual(DEFAULT_PANEL_SETTINGS);
  });

  it('keeps the language and theme saved before the agent could set a name', () => {
    expect(migrate(panelSettingsSetting, { v: 1, value: { language: 'ja', theme: 'dark' } })?.value)
      .toEqual({ language: 'ja', theme: 'dark', agentName: '' });
  });

  it('follows the browser on auto, the setting otherwise, and a ?lang pin above both', () => {
    expect(uiLanguage({ language: 'auto' }, 'ja-JP')).toBe('ja');
    expect(uiLanguage({ language: 'en' }, 'ja-JP')).toBe('en');
    expect(uiLanguage({ language: 'en' }, 'en-US', 'ja')).toBe('ja');
  });
});
