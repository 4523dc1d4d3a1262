import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { useUiLanguage } from '@/lib/i18n/react';
import type { PanelSettings as Settings } from '@/lib/panel/settings';
import { usePanelStore } from '@/lib/panel/store';
import { openShortcutSettings } from '@/lib/panel/shortcuts';
import { DiagnosticsList } from './DiagnosticsList';
import { useShortcuts } from './useShortcuts';
import styles from './PanelSettings.module.css';

/** The panel's preferences: the agent's name, the language and the theme. Saved as soon as they change. */
export function PanelSettings({ id }: { id: string }) {
  useUiLanguage();
  const settings = usePanelStore((state) => state.settings);
  const setSettings = usePanelStore((state) => state.setSettings);
  return (
    <section id={id} className={styles.settings} aria-labelledby={`${id}-heading`} data-testid="panel-settings">
      <h2 id={`${id}-heading`} className={styles.heading}>{t('panel_settings')}</h2>
      <AgentName value={settings.agentName} onSave={(agentName) => setSettings({ agentName })} />
      <label className={styles.row}>
        <span>{t('panel_settingsLanguage')}</span>
        <select value={settings.language} data-testid="settings-language" onChange={(e) => setSettings({ language: e.target.value as Settings['language'] })}>
          <option value="auto">{t('panel_languageAuto')}</option>
          <option value="en" lang="en">{t('panel_languageEn')}</option>
          <option value="ja" lang="ja">{t('panel_languageJa')}</option>
        </select>
      </label>
      <label className={styles.row}>
        <span>{t('panel_settingsTheme')}</span>
        <select value={settings.theme} data-testid="settings-theme" onChange={(e) => setSettings({ theme: e.target.value as Settings['theme'] })}>
          <option value="system">{t('panel_themeSystem')}</option>
          <option value="light">{t('panel_themeLight')}</option>
          <option value="dark">{t('panel_themeDark')}</option>
        </select>
      </label>
      <ShortcutList />
      <p className={styles.note}>
        {t('panel_consoleHint')} <a href="options.html" target="_blank" rel="noopener" data-testid="settings-console-link">{t('panel_openConsole')}</a>
      </p>
      <DiagnosticsList />
    </section>
  );
}

/** Saved when the agent leaves the field or presses Enter: every keystroke would re-fill every open conversation's phrasings. */
function AgentName({ value, onSave }: { value: string; onSave: (name: string) => void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const save = () => {
    if (draft.trim() !== value) onSave(draft.trim());
  };
  return (
    <label className={styles.name}>
      <span>{t('panel_settingsName')}</span>
      <input
        value={draft}
        maxLength={80}
        autoComplete="name"
        placeholder={t('panel_settingsNamePlaceholder')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
        data-testid="settings-agent-name"
      />
      <span className={styles.hint}>{t('panel_settingsNameHint')}</span>
    </label>
  );
}

/** The browser-wide shortcuts as the browser has them now, and the way to change them. */
function ShortcutList() {
  const shortcuts = useShortcuts();
  const rows: [string, string][] = [
    [t('panel_shortcutOpen'), shortcuts.open],
    [t('commandInsertTop'), shortcuts.insert],
    [t('commandDismissTop'), shortcuts.dismiss],
  ];
  return (
    <div className={styles.shortcuts} data-testid="settings-shortcuts">
      <h3 className={styles.heading}>{t('panel_shortcutsHeading')}</h3>
      <dl>
        {rows.map(([label, key]) => (
          <div key={label} className={styles.row}>
            <dt>{label}</dt>
            <dd>{key ? <kbd>{key}</kbd> : <span className="muted">{t('panel_shortcutNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="quiet" onClick={openShortcutSettings}>{t('panel_shortcutsChange')}</button>
    </div>
  );
}
