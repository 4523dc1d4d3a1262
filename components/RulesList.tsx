import { useMemo, useState } from 'react';
import { useDb } from './DbContext';
import { categoryLabel, getLanguage, t } from '@/lib/i18n';
import { filterCatalog, type RuleFilter } from '@/lib/packs/catalog';
import { useConsole } from '@/lib/console/store';
import { setRuleDisabled } from '@/lib/packs/store';
import { localize } from '@/lib/engine';
import { LevelBadge, SourceBadge } from './Badges';
import styles from './RulesList.module.css';
import { go } from './useHashRoute';

/** Every rule in force: search, filter, switch on and off, and last-30-day figures. */
export function RulesList() {
  const db = useDb();
  const catalog = useConsole((s) => s.catalog);
  const figures = useConsole((s) => s.figures);
  const changed = useConsole((s) => s.changed);
  const [filter, setFilter] = useState<RuleFilter>({});
  const shown = useMemo(() => filterCatalog(catalog, filter), [catalog, filter]);
  const categories = useMemo(() => [...new Set(catalog.map((e) => e.rule.category))].sort(), [catalog]);
  const update = (patch: RuleFilter) => setFilter((f) => ({ ...f, ...patch }));
  const lang = getLanguage();

  const toggle = async (ruleId: string, enabled: boolean) => {
    await setRuleDisabled(db, ruleId, !enabled);
    await changed();
  };

  return (
    <section>
      <div className={styles.head}>
        <h2>{t('console_rulesTitle')}</h2>
        <button className="primary" onClick={() => go('rules', 'new')} data-testid="new-rule">{t('console_newRule')}</button>
      </div>
      <div className={styles.filters} role="search">
        <input type="search" placeholder={t('console_searchRules')} aria-label={t('console_searchRules')} value={filter.text ?? ''} onChange={(e) => update({ text: e.target.value })} data-testid="rules-search" />
        <select aria-label={t('console_filterCategory')} value={filter.category ?? ''} onChange={(e) => update({ category: e.target.value || undefined })}>
          <option value="">{t('console_allCategories')}</option>
          {categories.map((c) => <option key={c} value={c}>{categoryLabel(c)}</option>)}
        </select>
        <select aria-label={t('console_filterLevel')} value={filter.level ?? ''} onChange={(e) => update({ level: e.target.value || undefined })}>
          <option value="">{t('console_allLevels')}</option>
          <option value="warning">{t('console_level_warning')}</option>
          <option value="nudge">{t('console_level_nudge')}</option>
          <option value="tip">{t('console_level_tip')}</option>
        </select>
        <select aria-label={t('console_filterLanguage')} value={filter.lang ?? ''} onChange={(e) => update({ lang: e.target.value || undefined })}>
          <option value="">{t('console_allLanguages')}</option>
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </select>
        <select aria-label={t('console_filterPack')} value={filter.source ?? ''} onChange={(e) => update({ source: e.target.value || undefined })} data-testid="rules-filter-pack">
          <option value="">{t('console_allPacks')}</option>
          <option value="builtin">{t('console_source_builtin')}</option>
          <option value="team">{t('console_source_team')}</option>
          <option value="subscription">{t('console_source_subscription')}</option>
          <option value="managed">{t('console_source_managed')}</option>
        </select>
      </div>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>{t('console_colOn')}</th>
            <th>{t('console_colRule')}</th>
            <th>{t('console_colPack')}</th>
            <th className={styles.num} title={t('console_last30')}>{t('console_colShown')}</th>
            <th className={styles.num} title={t('console_last30')}>{t('console_colFollowed')}</th>
            <th className={styles.num} title={t('console_last30')}>{t('console_colDismissed')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ rule, source, enabled, locked, languages }) => {
            const f = figures.get(rule.id);
            return (
              <tr key={rule.id} data-testid="rule-row" data-rule-id={rule.id} data-enabled={enabled} data-source={source}>
                <td>
                  <input
                    type="checkbox" role="switch" checked={enabled} disabled={locked}
                    title={locked ? t('console_lockedByPolicy') : undefined}
                    aria-label={t('console_enableRule', rule.id)}
                    onChange={(e) => void toggle(rule.id, e.target.checked)}
                  />
                  {locked && <span className={styles.lock} title={t('console_lockedByPolicy')} aria-hidden="true">🔒</span>}
                </td>
                <td>
                  <a href={`#/rules/${encodeURIComponent(rule.id)}`} className={styles.ruleId}>{rule.id}</a>
                  <span className={styles.meta}>
                    <LevelBadge level={rule.level} /> <span className="muted">{categoryLabel(rule.category)} · {languages.join(' / ')}</span>
                  </span>
                  <div className={styles.message}>{localize(rule.message, lang)}</div>
                </td>
                <td><SourceBadge source={source} /></td>
                <td className={styles.num}>{f?.shown ?? 0}</td>
                <td className={styles.num}>{f?.followed ?? 0}</td>
                <td className={styles.num}>{f?.dismissed ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length === 0 && <p className="muted">{t('console_noRulesMatch')}</p>}
      <p className={`muted ${styles.foot}`}>{t('console_last30')}</p>
    </section>
  );
}
