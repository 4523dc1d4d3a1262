import { detectLanguage, type UiLang } from '../i18n';
import { defineSetting } from '../settings/store';

/** The agent's panel preferences. */
export interface PanelSettings {
  language: 'auto' | UiLang;
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_PANEL_SETTINGS: PanelSettings = { language: 'auto', theme: 'system' };

/** Whatever is stored, a valid settings object: unknown values fall back to the defaults. */
export function parsePanelSettings(raw: unknown): PanelSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const language = value.language === 'en' || value.language === 'ja' ? value.language : 'auto';
  const theme = value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system';
  return { language, theme };
}

/** Shared by every panel of this browser. */
export const panelSettingsSetting = defineSetting<PanelSettings>({
  area: 'local',
  key: 'kizuki:panel-settings',
  version: 1,
  fallback: DEFAULT_PANEL_SETTINGS,
  migrations: { 1: (old) => old },
  parse: parsePanelSettings,
});

/** A `?lang=` pin beats the setting, and "auto" follows the browser. */
export function uiLanguage(settings: PanelSettings, browserLanguage: string, pinned?: string | null): UiLang {
  if (pinned) return detectLanguage(pinned);
  return settings.language === 'auto' ? detectLanguage(browserLanguage) : settings.language;
}
