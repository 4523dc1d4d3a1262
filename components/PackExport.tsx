import { t } from '@/lib/i18n';
import { useConsole } from '@/lib/console/store';
import { exportablePack } from '@/lib/console/import-preview';
import styles from './PackPanel.module.css';

/** Downloads the team's rules and lexicons as one self-contained pack file. */
export function PackExport() {
  const team = useConsole((s) => s.sources?.team);
  const lexicons = useConsole((s) => s.lexicons);
  const download = () => {
    if (!team) return;
    const pack = exportablePack(team, lexicons);
    const blob = new Blob([`${JSON.stringify(pack, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement('a'), { href: url, download: `${pack.id}.kizuki-pack.json` });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <div className={styles.card}>
      <h3>{t('console_exportTitle')}</h3>
      <p className="muted">{t('console_exportHelp', team?.rules.length ?? 0)}</p>
      <div className={styles.row}>
        <button type="button" onClick={download} disabled={!team} data-testid="pack-export">{t('console_exportButton')}</button>
      </div>
    </div>
  );
}
