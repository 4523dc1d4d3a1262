import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { enableSite, siteOfTab } from '@/lib/panel/enable-site';
import { usePanelStore } from '@/lib/panel/store';
import { reportFailure } from '@/lib/diagnostics/log';

type State = 'unknown' | 'hidden' | 'offer' | 'asking' | 'denied' | 'enabled';

/**
 * On a page Kizuki does not recognise, offers to read it with the generic reader — only on the
 * agent's click, and only for that site. Kizuki has no "tabs" permission, so on a site it has
 * not been given it sees the address only after the agent clicks its icon there: until then
 * the panel says so instead of offering nothing.
 */
export function EnableSiteButton() {
  const tabId = usePanelStore((state) => state.tabId);
  // A click on the icon for this tab makes its address visible: look again.
  const invokedAt = usePanelStore((state) => (state.pageAccess?.tabId === state.tabId ? state.pageAccess.at : 0));
  const [pattern, setPattern] = useState<string | null>(null);
  const [state, setState] = useState<State>('unknown');

  useEffect(() => {
    let cancelled = false;
    if (tabId === null) return;
    siteOfTab(tabId).then((site) => {
      if (cancelled) return;
      setPattern(site.kind === 'site' ? site.pattern : null);
      // Still hidden after the agent clicked the icon: a page no extension may read.
      setState(site.kind === 'site' ? (site.enabled ? 'unknown' : 'offer') : site.kind === 'hidden' && !invokedAt ? 'hidden' : 'unknown');
    }, (error: unknown) => reportFailure('panel: read the tab', error));
    return () => { cancelled = true; };
  }, [tabId, invokedAt]);

  if (tabId === null || state === 'unknown') return null;
  if (state === 'hidden') return <p className="muted" role="status" data-testid="enable-site-hidden">{t('panel_enableSiteHidden')}</p>;
  if (state === 'enabled') return <p className="muted" role="status">{t('panel_enableSiteDone')}</p>;
  if (!pattern) return null;
  return (
    <div>
      <button
        type="button"
        data-testid="enable-site"
        disabled={state === 'asking'}
        onClick={() => {
          setState('asking');
          enableSite(tabId, pattern).then((ok) => setState(ok ? 'enabled' : 'denied'), (error: unknown) => {
            reportFailure('panel: enable the site', error);
            setState('denied');
          });
        }}
      >
        {t('panel_enableSite', new URL(pattern.replace('/*', '/')).host)}
      </button>
      {state === 'denied' && <p className="muted" role="status">{t('panel_enableSiteDenied')}</p>}
    </div>
  );
}
