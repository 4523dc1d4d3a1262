import { detectLanguage, type UiLang } from '../i18n';
import { defineSetting } from './store';

/**
 * The agent's panel preferences. The background reads them too: the agent's name fills
 * phrasings ("I'm {agent}"), and the UI language stands in for a conversation's language
 * until the conversation says something (a Japanese call before its first transcript line).
 */
export interface PanelSettings {
  language: 'auto' | UiLang;
  theme: 'system' | 'light' | 'dark';
  /** How the agent introduces themselves to customers; empty: phrasings say it without a name. */
  agentName: string;
}

export const DEFAULT_PANEL_SETTINGS: PanelSettings = { language: 'auto', theme: 'system', agentName: '' };

/** The longest name kept: the conversation JSON's `agent.name` allows 80 characters. */
const MAX_NAME = 80;

/** Whatever is stored, a valid settings object: unknown values fall back to the defaults. */
export function parsePanelSettings(raw: unknown): PanelSettings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const language = value.language === 'en' || value.language === 'ja' ? value.language : 'auto';
  const theme = value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system';
  const agentName = typeof value.agentName === 'string' ? value.agentName.trim().slice(0, MAX_NAME) : '';
  return { language, theme, agentName };
}

/** Shared by every panel of this browser, and read by the background. */
export const panelSettingsSetting = defineSetting<PanelSettings>({
  area: 'local',
  key: 'kizuki:panel-settings',
  version: 2,
  fallback: DEFAULT_PANEL_SETTINGS,
  migrations: {
    1: (old) => old,
    // Version 2 adds the agent's name, empty until they set it.
    2: (old) => ({ ...(old && typeof old === 'object' ? old : {}), agentName: '' }),
  },
  parse: parsePanelSettings,
});

/** A `?lang=` pin beats the setting, and "auto" follows the browser. */
export function uiLanguage(settings: Pick<PanelSettings, 'language'>, browserLanguage: string, pinned?: string | null): UiLang {
  if (pinned) return detectLanguage(pinned);
  return settings.language === 'auto' ? detectLanguage(browserLanguage) : settings.language;
}
