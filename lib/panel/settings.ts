/** The panel's preferences live in lib/settings, since the background reads them too. */
export { DEFAULT_PANEL_SETTINGS, panelSettingsSetting, parsePanelSettings, uiLanguage, type PanelSettings } from '../settings/panel';
