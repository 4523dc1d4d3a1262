import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { enableSite, siteOfTab } from '@/lib/panel/enable-site';
import { usePanelStore } from '@/lib/panel/store';
import { reportFailure } from '@/lib/diagnostics/log';

type State = 'unknown' | 'offer' | 'asking' | 'denied' | 'enabled';

/**
 * On a page Kizuki does not recognise, offers to read it with the generic reader — only on the
 * agent's click, and only for that site.
 */
export function EnableSiteButton() {
  const tabId = usePanelStore((state) => state.tabId);
  const [pattern, setPattern] = useState<string | null>(null);
  const [state, setState] = useState<State>('unknown');

  useEffect(() => {
    let cancelled = false;
    if (tabId === null) return;
    siteOfTab(tabId).then((site) => {
      if (cancelled) return;
      setPattern(site?.pattern ?? null);
      setState(site && !site.enabled ? 'offer' : 'unknown');
    }, (error: unknown) => reportFailure('panel: read the tab', error));
    return () => { cancelled = true; };
  }, [tabId]);

  if (!pattern || tabId === null || state === 'unknown') return null;
  if (state === 'enabled') return <p className="muted" role="status">{t('panel_enableSiteDone')}</p>;
  return (
    <div>
      <button
        type="button"
        data-testid="enable-site"
        disabled={state === 'asking'}
        onClick={() => {
          setState('asking');
          enableSite(tabId, pattern).then((ok) => setState(ok ? 'enabled' : 'denied'), () => setState('denied'));
        }}
      >
        {t('panel_enableSite', new URL(pattern.replace('/*', '/')).host)}
      </button>
      {state === 'denied' && <p className="muted" role="status">{t('panel_enableSiteDenied')}</p>}
    </div>
  );
}
