import { useCallback, useEffect, useRef, useState } from 'react';
import { hasToolPermission, requestToolPermission } from '@/lib/packs/custom-tools';
import { askWithin } from '@/lib/console/permission';
import type { ToolPreview } from '@/lib/console/preview-in-page';
import { previewableTool } from '@/lib/console/preview-model';
import type { ToolFields } from '@/lib/console/tool-fields';
import { previewInTab, tabsMatching, tabState, watchTabs, type MatchingTab } from '@/lib/console/tool-preview';
import { reportFailure } from '@/lib/diagnostics/log';

/** Where "Test on this tab" stands; every state but `ready` says what to do next. */
export type PreviewState =
  | { kind: 'off' }
  | { kind: 'blocked'; why: 'pattern' | 'nothing' }
  | { kind: 'needs-access' }
  | { kind: 'asking' }
  | { kind: 'refused' }
  | { kind: 'unanswered' }
  | { kind: 'no-tab' }
  | { kind: 'gone'; why: 'closed' | 'navigated' }
  | { kind: 'reading' }
  | { kind: 'ready'; preview: ToolPreview; left: string[] }
  | { kind: 'failed'; message: string };

export interface ToolPreviewControl {
  state: PreviewState;
  tabs: MatchingTab[];
  tabId: number | null;
  /** From a click: asks for the site's access if needed, then reads the open tab. */
  start(): void;
  chooseTab(tabId: number): void;
  /** Looks for matching tabs again (after "no tab" or "tab closed"). */
  refresh(): void;
}

const DEBOUNCE_MS = 400;
const REREAD_MS = 4000;

/** Runs the form's current description in a matching tab, again as the lead types and as the tab changes. */
export function useToolPreview(fields: ToolFields, waitMs: number): ToolPreviewControl {
  const [active, setActive] = useState(false);
  const [state, setState] = useState<PreviewState>({ kind: 'off' });
  const [tabs, setTabs] = useState<MatchingTab[]>([]);
  const [tabId, setTabId] = useState<number | null>(null);
  const [poke, setPoke] = useState(0);
  const fieldsNow = useRef(fields);
  fieldsNow.current = fields;
  // The tab being read, and the pattern it was found under (a new pattern may choose afresh).
  const chosen = useRef<{ id: number; pattern: string } | null>(null);
  // After "the tab closed / the page changed" nothing is read again until the lead acts.
  const halted = useRef(false);
  const run = useRef(0);

  const choose = useCallback((tab: { id: number; pattern: string } | null) => {
    chosen.current = tab;
    setTabId(tab?.id ?? null);
  }, []);
  const gone = useCallback((why: 'closed' | 'navigated') => {
    run.current++;
    halted.current = true;
    choose(null);
    setState({ kind: 'gone', why });
  }, [choose]);

  // One reading: permission, then tabs, then the page. A newer reading makes an older one's answer moot.
  const read = useCallback(async () => {
    const seq = ++run.current;
    const current = () => seq === run.current;
    const previewable = previewableTool(fieldsNow.current);
    if (!previewable.ok) return setState({ kind: 'blocked', why: previewable.why });
    const pattern = previewable.tool.urlPattern;
    if (!(await hasToolPermission(pattern))) return current() && setState({ kind: 'needs-access' });
    const found = await tabsMatching(pattern);
    if (!current()) return;
    setTabs(found);
    const wanted = chosen.current;
    let tab = found.find((t) => t.id === wanted?.id);
    if (!tab && wanted && wanted.pattern === pattern) {
      const where = await tabState(wanted.id, pattern);
      if (!current()) return;
      if (where !== 'here') return gone(where === 'closed' ? 'closed' : 'navigated');
    }
    tab ??= found[0];
    if (!tab) {
      choose(null);
      return setState({ kind: 'no-tab' });
    }
    choose({ id: tab.id, pattern });
    setState((s) => (s.kind === 'ready' ? s : { kind: 'reading' }));
    const answer = await previewInTab(tab.id, previewable.tool);
    if (!current()) return;
    if (answer.ok) return setState({ kind: 'ready', preview: answer.preview, left: previewable.left });
    if (answer.reason === 'no-access') return setState({ kind: 'needs-access' });
    if (answer.reason === 'gone') {
      const where = await tabState(tab.id, pattern);
      return current() && gone(where === 'closed' ? 'closed' : 'navigated');
    }
    setState({ kind: 'failed', message: answer.message ?? '' });
  }, [choose, gone]);

  const readSoon = useCallback(() => {
    const timer = setTimeout(() => {
      read().catch((error: unknown) => {
        reportFailure('console: test on this tab', error);
        setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [read]);

  // Again a moment after the lead stops typing (which also ends a halt: they are working on it).
  useEffect(() => {
    if (!active) return;
    halted.current = false;
    return readSoon();
  }, [active, fields, readSoon]);

  // Again when the page may have changed (below), unless the tab is gone.
  useEffect(() => {
    if (!active || halted.current || poke === 0) return;
    return readSoon();
  }, [active, poke, readSoon]);

  // The page itself moves on (a new message, the reply typed): read it again now and then while the console is in view.
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => document.visibilityState === 'visible' && setPoke((n) => n + 1), REREAD_MS);
    return () => clearInterval(timer);
  }, [active]);

  // The tab closed, went elsewhere, or reloaded; another matching tab opened.
  useEffect(() => {
    if (!active) return;
    return watchTabs((changedId, how) => {
      if (changedId === chosen.current?.id && how === 'removed') return gone('closed');
      if (changedId === chosen.current?.id || chosen.current === null) setPoke((n) => n + 1);
    });
  }, [active, gone]);

  const start = useCallback(() => {
    const previewable = previewableTool(fieldsNow.current);
    if (!previewable.ok) return setState({ kind: 'blocked', why: previewable.why });
    setState({ kind: 'asking' });
    // Asked at once, inside the click: the browser shows its prompt only during the gesture.
    const lateGrant = (granted: boolean) => {
      if (!granted) return;
      setActive(true);
      setPoke((n) => n + 1);
    };
    void askWithin(() => requestToolPermission(previewable.tool), waitMs, lateGrant).then((outcome) => {
      if (outcome.kind === 'granted') {
        setActive(true);
      } else if (outcome.kind === 'failed') {
        reportFailure('console: ask for the tool\'s pages', outcome.message);
        setState({ kind: 'failed', message: outcome.message });
      } else setState({ kind: outcome.kind });
    });
  }, [waitMs]);

  const chooseTab = useCallback((id: number) => {
    halted.current = false;
    choose({ id, pattern: previewableTool(fieldsNow.current).ok ? fieldsNow.current.urlPattern.trim() : '' });
    setPoke((n) => n + 1);
  }, [choose]);

  const refresh = useCallback(() => {
    halted.current = false;
    choose(null);
    setPoke((n) => n + 1);
  }, [choose]);

  return { state, tabs, tabId, start, chooseTab, refresh };
}
