import { useDeferredValue, useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import type { KizukiDB } from '@/lib/db/db';
import { searchNotes, type NoteFilters } from '@/lib/notes/search';
import type { StorageManagerLike } from '@/lib/db/storage';
import { FollowUpList } from './FollowUpList';
import { useLiveQuery } from './NoteHooks';
import { NotebookDetail } from './NotebookDetail';
import { NotebookResults } from './NotebookResults';
import { NotebookSearch } from './NotebookSearch';
import { NotebookSettings } from './NotebookSettings';
import styles from './Notes.module.css';

const PAGE = 50;

function noteFromHash(): string | undefined {
  const match = /note=([^&]+)/.exec(location.hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

/**
 * The standalone notebook (notes.html): every note, searchable and filterable, with
 * follow-ups and data settings. Reads only IndexedDB, so it works with the support tool
 * closed and no network.
 */
export function NotebookPage({ db, storage }: { db: KizukiDB; storage?: StorageManagerLike }) {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<NoteFilters>({});
  const [limit, setLimit] = useState(PAGE);
  const [selectedId, setSelectedId] = useState<string | undefined>(noteFromHash);
  // Reading first; settings and the danger zone are a view of their own (#settings).
  const [settingsView, setSettingsView] = useState(() => location.hash === '#settings');
  // Typing stays responsive: results follow the query a frame behind when busy.
  const deferredQuery = useDeferredValue(query);

  useEffect(() => {
    const onHash = () => {
      setSelectedId(noteFromHash());
      setSettingsView(location.hash === '#settings');
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const results = useLiveQuery(() => searchNotes(db, deferredQuery, filters, { limit: limit + 1 }), [db, deferredQuery, filters, limit], null);
  const facets = useLiveQuery(
    async () => ({
      customers: (await db.notes.orderBy('customerKeys').uniqueKeys()).map(String),
      tags: (await db.notes.orderBy('tags').uniqueKeys()).map(String),
    }),
    [db],
    { customers: [], tags: [] },
  );
  const selected = useLiveQuery(async () => (selectedId ? ((await db.notes.get(selectedId)) ?? null) : null), [db, selectedId], null);

  const select = (id: string | undefined) => {
    history.replaceState(null, '', id ? `#note=${encodeURIComponent(id)}` : location.pathname + location.search);
    setSelectedId(id);
  };
  const showSettings = (on: boolean) => {
    history.replaceState(null, '', on ? '#settings' : location.pathname + location.search);
    setSettingsView(on);
  };
  const resetPage = <T,>(setter: (v: T) => void) => (v: T) => {
    setLimit(PAGE);
    setter(v);
  };

  return (
    <main className={styles.page}>
      <div className={styles.pageHead}>
        <h1 className={styles.pageTitle}>{settingsView ? t('notes_settingsTitle') : t('notes_notebookTitle')}</h1>
        <button type="button" className="quiet" data-testid="notebook-settings-toggle" onClick={() => showSettings(!settingsView)}>
          {settingsView ? t('notes_backToNotes') : t('notes_settingsTitle')}
        </button>
      </div>
      {settingsView ? <NotebookSettings db={db} storage={storage} /> : (
      <div className={styles.layout}>
        <div>
          <NotebookSearch query={query} filters={filters} customers={facets.customers} tags={facets.tags} onQuery={resetPage(setQuery)} onFilters={resetPage(setFilters)} />
          {results && (
            <NotebookResults query={deferredQuery} notes={results.slice(0, limit)} hasMore={results.length > limit} selectedId={selectedId} onSelect={select} onMore={() => setLimit((l) => l + PAGE)} />
          )}
        </div>
        <div>
          {selected ? (
            <NotebookDetail db={db} note={selected} onClose={() => select(undefined)} onOpenNote={select} />
          ) : (
            <p className={styles.empty}>{t('notes_selectNote')}</p>
          )}
          <FollowUpList db={db} onOpenNote={select} />
        </div>
      </div>
      )}
    </main>
  );
}
