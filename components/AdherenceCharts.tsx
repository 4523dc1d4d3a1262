import { useEffect, useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { useDb } from './DbContext';
import type { PromptEventRecord } from '@/lib/db/types';
import { t, type MessageKey } from '@/lib/i18n';
import { adherenceByWeek, adherenceCsv, promptEventsSince, type WeekFigures } from '@/lib/packs/adherence';
import { reportFailure } from '@/lib/diagnostics/log';
import styles from './AdherenceCharts.module.css';
import { ChartCanvas, themeColor } from './ChartCanvas';

const WEEKS_SHOWN = 12;
const DAY_MS = 86_400_000;
/** The side panel's dismiss reasons (lib/panel/outcomes.ts), in the lead's language. */
const REASON_LABEL: Record<string, MessageKey> = { 'not-relevant': 'panel_reasonNotRelevant', 'already-handled': 'panel_reasonAlreadyHandled', wrong: 'panel_reasonWrong' };
const reasonLabel = (reason: string) => (reason ? (REASON_LABEL[reason] ? t(REASON_LABEL[reason]) : reason) : t('console_reasonUnspecified'));

type Totals = Pick<WeekFigures, 'shown' | 'followed' | 'dismissed' | 'ignored'> & { dismissedBy: Record<string, number> };

function total(rows: readonly WeekFigures[]): Totals {
  const sum: Totals = { shown: 0, followed: 0, dismissed: 0, ignored: 0, dismissedBy: {} };
  for (const r of rows) {
    sum.shown += r.shown; sum.followed += r.followed; sum.dismissed += r.dismissed; sum.ignored += r.ignored;
    for (const [reason, n] of Object.entries(r.dismissedBy)) sum.dismissedBy[reason] = (sum.dismissedBy[reason] ?? 0) + n;
  }
  return sum;
}

function colors() {
  return { shown: themeColor('--border', '#d8dee4'), followed: themeColor('--done', '#1a7f37'), dismissed: themeColor('--warning', '#b42318'), ignored: themeColor('--nudge', '#8a6100'), text: themeColor('--muted', '#57606a') };
}

/** Which prompts agents follow, dismiss or ignore — per rule, per ISO week — from local prompt events. */
export function AdherenceCharts() {
  const db = useDb();
  const [events, setEvents] = useState<PromptEventRecord[] | null>(null);
  const [ruleId, setRuleId] = useState('');
  useEffect(() => {
    promptEventsSince(db, Date.now() - WEEKS_SHOWN * 7 * DAY_MS).then(setEvents, (error: unknown) => reportFailure('console: read prompt events', error));
  }, [db]);
  const rows = useMemo(() => adherenceByWeek(events ?? []), [events]);
  const rules = useMemo(() => [...new Set(rows.map((r) => r.ruleId))], [rows]);
  const selected = ruleId ? rows.filter((r) => r.ruleId === ruleId) : rows;
  const weeks = [...new Set(selected.map((r) => r.week))].sort();
  const c = colors();

  const weekly: ChartConfiguration<'bar'> = useMemo(() => ({
    type: 'bar',
    data: {
      labels: weeks,
      datasets: (['shown', 'followed', 'dismissed', 'ignored'] as const).map((kind) => ({
        label: t(`console_kind_${kind}`),
        data: weeks.map((w) => total(selected.filter((r) => r.week === w))[kind]),
        backgroundColor: c[kind],
        borderRadius: 4,
      })),
    },
    options: { maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom', labels: { color: c.text } } }, scales: { x: { ticks: { color: c.text } }, y: { beginAtZero: true, ticks: { precision: 0, color: c.text } } } },
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [rows, ruleId]);

  const perRule: ChartConfiguration<'bar'> = useMemo(() => {
    const byRule = rules.map((id) => total(rows.filter((r) => r.ruleId === id)));
    return {
      type: 'bar',
      data: {
        labels: rules,
        datasets: (['followed', 'dismissed', 'ignored'] as const).map((kind) => ({ label: t(`console_kind_${kind}`), data: byRule.map((s) => s[kind]), backgroundColor: c[kind], borderRadius: 3 })),
      },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'bottom', labels: { color: c.text } } }, scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: c.text } }, y: { stacked: true, ticks: { color: c.text } } } },
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rows]);

  const reasons = total(selected).dismissedBy;
  const reasonChart: ChartConfiguration<'doughnut'> = useMemo(() => ({
    type: 'doughnut',
    data: {
      labels: Object.keys(reasons).map(reasonLabel),
      datasets: [{ data: Object.values(reasons), backgroundColor: [themeColor('--tip', '#3b6ea5'), themeColor('--accent', '#2f6f5e'), '#8b6fc4', c.ignored, c.shown], borderColor: themeColor('--surface', '#fff') }],
    },
    options: { maintainAspectRatio: false, animation: false, plugins: { legend: { position: 'right', labels: { color: c.text } } } },
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [rows, ruleId]);

  const download = () => {
    const url = URL.createObjectURL(new Blob([adherenceCsv(rows)], { type: 'text/csv' }));
    Object.assign(document.createElement('a'), { href: url, download: `kizuki-adherence-${new Date().toISOString().slice(0, 10)}.csv` }).click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  if (!events) return <p className="muted">{t('console_loading')}</p>;
  const sum = total(selected);
  return (
    <section className={styles.adherence} data-testid="adherence">
      <div className={styles.head}>
        <h2>{t('console_adherenceTitle')}</h2>
        <select value={ruleId} onChange={(e) => setRuleId(e.target.value)} aria-label={t('console_adherenceRule')} data-testid="adherence-rule">
          <option value="">{t('console_adherenceAllRules')}</option>
          {rules.map((id) => <option key={id} value={id}>{id}</option>)}
        </select>
        <button type="button" onClick={download} disabled={rows.length === 0} data-testid="adherence-csv">{t('console_adherenceCsv')}</button>
      </div>
      <p className="muted">{t('console_adherenceHelp', WEEKS_SHOWN)}</p>
      {rows.length === 0 ? (
        <p className={styles.empty} data-testid="adherence-empty">{t('console_adherenceEmpty')}</p>
      ) : (
        <>
          <div className={styles.tiles}>
            {(['shown', 'followed', 'dismissed', 'ignored'] as const).map((kind) => (
              <div key={kind} className={styles.tile} data-kind={kind}>
                <span className={styles.tileValue}>{sum[kind]}</span>
                <span className={styles.tileLabel}>{t(`console_kind_${kind}`)}</span>
              </div>
            ))}
            <div className={styles.tile} data-kind="rate">
              <span className={styles.tileValue}>{sum.shown ? `${Math.round((sum.followed / sum.shown) * 100)}%` : '—'}</span>
              <span className={styles.tileLabel}>{t('console_followRate')}</span>
            </div>
          </div>
          <div className={styles.grid}>
            <figure className={styles.card}>
              <figcaption>{t('console_chartWeekly')}</figcaption>
              <ChartCanvas config={weekly} label={t('console_chartWeekly')} testId="chart-weekly" />
            </figure>
            <figure className={styles.card}>
              <figcaption>{t('console_chartReasons')}</figcaption>
              {Object.keys(reasons).length ? <ChartCanvas config={reasonChart} label={t('console_chartReasons')} testId="chart-reasons" /> : <p className="muted">{t('console_noDismissals')}</p>}
            </figure>
            <figure className={`${styles.card} ${styles.wide}`}>
              <figcaption>{t('console_chartPerRule')}</figcaption>
              <ChartCanvas config={perRule} label={t('console_chartPerRule')} testId="chart-per-rule" height={Math.max(160, rules.length * 34 + 60)} />
            </figure>
          </div>
        </>
      )}
    </section>
  );
}
