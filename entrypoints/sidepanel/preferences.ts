import { browser } from 'wxt/browser';
import { getLanguage, setLanguage } from '@/lib/i18n';
import { DEFAULT_PANEL_SETTINGS, PANEL_SETTINGS_KEY, parsePanelSettings, uiLanguage, type PanelSettings } from '@/lib/panel/settings';

/** The panel's preferences live in extension storage, shared by every panel of this browser. */
export async function loadPanelSettings(): Promise<PanelSettings> {
  try {
    const stored = await browser.storage.local.get(PANEL_SETTINGS_KEY);
    return parsePanelSettings(stored[PANEL_SETTINGS_KEY]);
  } catch {
    return DEFAULT_PANEL_SETTINGS;
  }
}

export function savePanelSettings(settings: PanelSettings): void {
  void browser.storage.local.set({ [PANEL_SETTINGS_KEY]: settings }).catch(() => {});
}

/** Language and theme onto the document: `?lang=` pins the language (tests, notebook links). */
export function applyPanelSettings(settings: PanelSettings, pinned: string | null): void {
  const lang = uiLanguage(settings, navigator.language, pinned);
  if (lang !== getLanguage()) setLanguage(lang);
  document.documentElement.lang = lang;
  if (settings.theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = settings.theme;
}
