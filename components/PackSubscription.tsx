import { useEffect, useState } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { useConsole } from '@/lib/console/store';
import { reportFailure } from '@/lib/diagnostics/log';
import { MAX_PACK_BYTES } from '@/lib/input/limits';
import { packFetchSetting, subscriptionSetting, type PackFetchStatus } from '@/lib/packs/settings';
import { checkPackUrl, type RefreshError, type SubscriptionState } from '@/lib/packs/subscription';
import { refreshStoredSubscription, requestPackHost, saveSubscription, subscribe } from '@/lib/packs/subscription-store';
import { ProblemList } from './ProblemList';
import { useSetting } from './useSetting';
import styles from './PackPanel.module.css';

const ERROR_TEXT: Record<RefreshError['code'], MessageKey> = {
  'invalid-url': 'console_subErr_invalidUrl',
  'insecure-url': 'console_subErr_insecureUrl',
  'unsupported-scheme': 'console_subErr_scheme',
  network: 'console_subErr_network',
  'http-status': 'console_subErr_http',
  'too-large': 'console_subErr_tooLarge',
  'not-json': 'console_subErr_notJson',
  'invalid-pack': 'console_subErr_invalidPack',
  'failing-examples': 'console_subErr_failingExamples',
  timeout: 'console_subErr_timeout',
  'redirect-hidden': 'console_subErr_redirectHidden',
  'insecure-redirect': 'console_subErr_insecureRedirect',
  'too-many-redirects': 'console_subErr_tooManyRedirects',
  'not-utf8': 'console_subErr_notUtf8',
};

/** A fetch under way, unless the entry outlived its deadline (a worker stopped mid-fetch leaves one behind). */
function fetching(status: PackFetchStatus | null | undefined, url: string): PackFetchStatus | null {
  return status && status.url === url && Date.now() - status.since < status.timeoutMs + 5_000 ? status : null;
}

export function describeRefreshError(error: RefreshError): string {
  const detail = error.code === 'too-large' ? `${Math.round(MAX_PACK_BYTES / 1000)} kB` : (error.detail ?? '');
  return t(ERROR_TEXT[error.code], detail);
}

/** Subscribes to a pack URL: HTTPS (or localhost), schema-checked, size-limited, refreshed with ETag. */
export function PackSubscription() {
  const policy = useConsole((s) => s.sources?.policy);
  const changed = useConsole((s) => s.changed);
  const [state, setState] = useState<SubscriptionState | null>(null);
  const [url, setUrl] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const managedUrl = policy?.packUrl;

  // The background refreshes on a schedule; show its result as it lands.
  const stored = useSetting(subscriptionSetting);
  useEffect(() => {
    if (stored === undefined) return;
    setState(stored);
    if (stored) setUrl((u) => u || stored.url);
  }, [stored]);

  const run = async (action: () => Promise<SubscriptionState | null>) => {
    setBusy(true);
    try {
      setState(await action());
      await changed();
    } catch (error) {
      reportFailure('console: subscription', error);
      setRefused(t('console_subErr_unexpected', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };
  const onSubscribe = () => {
    const checked = checkPackUrl(url);
    if (!checked.ok) return setRefused(describeRefreshError({ code: checked.code }));
    setRefused(null);
    void run(() => subscribe(checked.url));
  };
  const allowHost = () => {
    if (!state) return;
    // Must be called straight from the click: the browser asks only during a user gesture.
    void requestPackHost(state.url).then(async (granted) => {
      if (granted) await run(() => refreshStoredSubscription());
    });
  };

  return (
    <div className={styles.card}>
      <h3>{t('console_subTitle')}</h3>
      <p className="muted">{t('console_subHelp')}</p>
      {managedUrl ? (
        <p className={styles.warn} data-testid="subscription-managed">{t('console_subManaged', managedUrl)}</p>
      ) : (
        <div className={styles.row}>
          <input type="url" value={url} placeholder="https://packs.example.com/team.json" onChange={(e) => setUrl(e.target.value)} aria-label={t('console_subUrl')} data-testid="subscription-url" />
          <button type="button" className="primary" disabled={busy || !url.trim()} onClick={onSubscribe} data-testid="subscription-save">{t('console_subSubscribe')}</button>
          {state && <button type="button" disabled={busy} onClick={() => void run(async () => { await saveSubscription(null); return null; })}>{t('console_subUnsubscribe')}</button>}
        </div>
      )}
      {refused && <p className={styles.error} role="alert" data-testid="subscription-refused">{refused}</p>}
      {state && <SubscriptionStatus state={state} busy={busy} onRefresh={() => void run(() => refreshStoredSubscription())} onAllowHost={allowHost} />}
    </div>
  );
}

function SubscriptionStatus({ state, busy, onRefresh, onAllowHost }: { state: SubscriptionState; busy: boolean; onRefresh: () => void; onAllowHost: () => void }) {
  const when = (at?: number) => (at ? new Date(at).toLocaleString() : '—');
  const underway = fetching(useSetting(packFetchSetting), state.url);
  return (
    <div data-testid="subscription-status" data-has-pack={!!state.pack} data-error={state.lastError?.code ?? ''}>
      <dl className={styles.status}>
        <dt>{t('console_subUrl')}</dt><dd><code>{state.url}</code></dd>
        <dt>{t('console_subPack')}</dt>
        <dd data-testid="subscription-pack">
          {state.pack ? t('console_subPackInfo', state.pack.name, state.pack.version ?? '—', state.pack.rules.length) : '—'}
          {state.pack && state.from && <span className="muted" data-testid="subscription-from"> · {t('console_subFromPrevious', state.from.url)}</span>}
        </dd>
        <dt>{t('console_subLastGood')}</dt><dd>{when(state.lastGoodAt)}</dd>
        <dt>{t('console_subLastChecked')}</dt><dd>{when(state.lastCheckedAt)}{state.etag && <span className="muted"> · ETag {state.etag}</span>}</dd>
      </dl>
      {underway && (
        <p className="muted" role="status" data-testid="subscription-fetching">{t('console_subFetching', underway.url, Math.round(underway.timeoutMs / 1000))}</p>
      )}
      {state.lastError && (
        <div role="alert" data-testid="subscription-error">
          <p className={styles.error}>
            {describeRefreshError(state.lastError)}{' '}
            {state.pack ? t('console_subKeptLastGood', when(state.lastGoodAt)) : t('console_subNothingApplied')}
          </p>
          {state.lastError.problems && <ProblemList problems={state.lastError.problems} total={state.lastError.problemCount} />}
          {state.lastError.code === 'network' && <button type="button" onClick={onAllowHost}>{t('console_subAllowHost')}</button>}
        </div>
      )}
      <div className={styles.row}>
        <button type="button" disabled={busy || !!underway} onClick={onRefresh} data-testid="subscription-refresh">{t('console_subRefresh')}</button>
      </div>
    </div>
  );
}
