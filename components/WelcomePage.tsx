import { getLanguage, setLanguage, t } from '@/lib/i18n';
import { useUiLanguage } from '@/lib/i18n/react';
import { openShortcutSettings } from '@/lib/panel/shortcuts';
import { PRACTICE_DESK } from '@/lib/panel/welcome';
import { useShortcuts } from './useShortcuts';
import styles from './WelcomePage.module.css';

/**
 * The install page, in the agent's language with the other one a click away: how to open the
 * panel, a first try, the keys that work while typing, and for team leads the way to the console.
 */
export function WelcomePage() {
  const lang = useUiLanguage();
  const shortcuts = useShortcuts();
  const other = lang === 'ja' ? 'en' : 'ja';
  const switchLanguage = () => {
    setLanguage(other);
    document.documentElement.lang = getLanguage();
    document.title = t('welcome_title');
  };
  const desk = PRACTICE_DESK && `${PRACTICE_DESK}?scenario=${lang === 'ja' ? 'ja-late-catalog-second-call' : 'en-late-order-deadline'}&autoplay=1`;
  return (
    <main className={styles.page} data-testid="welcome">
      <header className={styles.head}>
        <h1>{t('welcome_title')}</h1>
        <button type="button" className="quiet" lang={other} onClick={switchLanguage} data-testid="welcome-language">{t('welcome_otherLanguage')}</button>
      </header>
      <p className={styles.lead}>{t('welcome_lead')}</p>
      <ol className={styles.steps}>
        <li>
          <h2>{t('welcome_openHeading')}</h2>
          <p>{t('welcome_open', shortcuts.open || 'Alt+Shift+K')}</p>
        </li>
        <li>
          <h2>{t('welcome_tryHeading')}</h2>
          <p>{t('welcome_try')}</p>
          {desk && <p><a href={desk} target="_blank" rel="noopener" data-testid="welcome-desk">{t('welcome_tryDesk')}</a></p>}
        </li>
        <li>
          <h2>{t('welcome_keysHeading')}</h2>
          <p>{t('welcome_keys', shortcuts.insert || t('panel_shortcutNotSet'), shortcuts.dismiss || t('panel_shortcutNotSet'))}</p>
          <button type="button" className="quiet" onClick={openShortcutSettings}>{t('panel_shortcutsChange')}</button>
        </li>
        <li>
          <h2>{t('welcome_nameHeading')}</h2>
          <p>{t('welcome_name')}</p>
        </li>
      </ol>
      <section className={styles.leads} aria-labelledby="welcome-leads">
        <h2 id="welcome-leads">{t('welcome_leadsHeading')}</h2>
        <p>{t('welcome_leads')}</p>
        <a className={styles.console} href="options.html" data-testid="welcome-console">{t('panel_openConsole')}</a>
      </section>
    </main>
  );
}
