import { useEffect } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { useUiLanguage } from '@/lib/i18n/react';
import { useConsole } from '@/lib/console/store';
import { AdherenceCharts } from './AdherenceCharts';
import { DiagnosticsList } from './DiagnosticsList';
import styles from './Console.module.css';
import { CustomTools } from './CustomTools';
import { LexiconEditor } from './LexiconEditor';
import { ManagedBanner } from './ManagedBanner';
import { PackPanel } from './PackPanel';
import { ProfileName } from './ProfileName';
import { RuleEditor } from './RuleEditor';
import { RulesList } from './RulesList';
import { go, useHashRoute } from './useHashRoute';

const SECTIONS = ['rules', 'lexicons', 'packs', 'adherence', 'tools'] as const;
type Section = (typeof SECTIONS)[number];
const LABEL: Record<Section, MessageKey> = {
  rules: 'console_navRules',
  lexicons: 'console_navLexicons',
  packs: 'console_navPacks',
  adherence: 'console_navAdherence',
  tools: 'console_navTools',
};

/** The team lead's console (options.html): rules, lexicons, packs, adherence, custom tools. */
export function Console() {
  useUiLanguage();
  const loaded = useConsole((s) => s.loaded);
  const error = useConsole((s) => s.error);
  const reload = useConsole((s) => s.reload);
  const [first = 'rules', second] = useHashRoute();
  const section: Section = (SECTIONS as readonly string[]).includes(first) ? (first as Section) : 'rules';

  // Each section shows fresh figures (the panel records events while the console is open).
  useEffect(() => {
    void reload();
  }, [reload, section]);

  return (
    <div className={styles.shell}>
      <header className={styles.header}>
        <h1 className={styles.title}>
          <span className={styles.mark} aria-hidden="true">気</span> {t('console_title')}
        </h1>
        <ProfileName />
      </header>
      <nav className={styles.nav} aria-label={t('console_navLabel')}>
        {SECTIONS.map((s) => (
          <a key={s} href={`#/${s}`} aria-current={s === section ? 'page' : undefined} data-testid={`nav-${s}`}>
            {t(LABEL[s])}
          </a>
        ))}
      </nav>
      <main className={styles.main}>
        <ManagedBanner />
        {error && <p role="alert" className={styles.error}>{t('console_loadFailed', error)}</p>}
        {!loaded ? (
          <p className="muted">{t('console_loading')}</p>
        ) : section === 'rules' && second ? (
          <RuleEditor key={second} ruleId={second === 'new' ? null : second} onDone={() => go('rules')} />
        ) : section === 'rules' ? (
          <RulesList />
        ) : section === 'lexicons' ? (
          <LexiconEditor />
        ) : section === 'packs' ? (
          <PackPanel />
        ) : section === 'adherence' ? (
          <AdherenceCharts />
        ) : (
          <CustomTools />
        )}
        <footer className={styles.footer}>
          <DiagnosticsList />
        </footer>
      </main>
    </div>
  );
}
