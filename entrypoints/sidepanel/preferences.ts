import { getLanguage, setLanguage } from '@/lib/i18n';
import { DEFAULT_PANEL_SETTINGS, panelSettingsSetting, uiLanguage, type PanelSettings } from '@/lib/panel/settings';
import { readSetting, writeSetting } from '@/lib/settings/store';
import { reportFailure } from '@/lib/diagnostics/log';

/** The panel's preferences live in extension storage, shared by every panel of this browser. */
export async function loadPanelSettings(): Promise<PanelSettings> {
  try {
    return await readSetting(panelSettingsSetting);
  } catch (error) {
    reportFailure('panel settings: read', error);
    return DEFAULT_PANEL_SETTINGS;
  }
}

export function savePanelSettings(settings: PanelSettings): void {
  writeSetting(panelSettingsSetting, settings).catch((error: unknown) => reportFailure('panel settings: save', error));
}

/** Language and theme onto the document: `?lang=` pins the language (tests, notebook links). */
export function applyPanelSettings(settings: PanelSettings, pinned: string | null): void {
  const lang = uiLanguage(settings, navigator.language, pinned);
  if (lang !== getLanguage()) setLanguage(lang);
  document.documentElement.lang = lang;
  if (settings.theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = settings.theme;
}
