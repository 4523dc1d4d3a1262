import { t } from '@/lib/i18n';
import { describeCustomerKey } from '@/lib/notes/customer-keys';
import type { NoteFilters } from '@/lib/notes/search';
import styles from './Notes.module.css';

export interface NotebookSearchProps {
  query: string;
  filters: NoteFilters;
  customers: string[];
  tags: string[];
  onQuery: (query: string) => void;
  onFilters: (filters: NoteFilters) => void;
}

const DAY = 86_400_000;
const dateInput = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toLocaleDateString('sv'));
const fromDate = (value: string) => (value ? new Date(`${value}T00:00`).getTime() : undefined);

/** Search box and filters; the date range covers whole local days. */
export function NotebookSearch({ query, filters, customers, tags, onQuery, onFilters }: NotebookSearchProps) {
  const set = (patch: Partial<NoteFilters>) => onFilters({ ...filters, ...patch });
  return (
    <div className={styles.search} role="search">
      <label className="visually-hidden" htmlFor="notes-search">{t('notes_searchLabel')}</label>
      <input id="notes-search" type="search" data-testid="notes-search" value={query} placeholder={t('notes_searchPlaceholder')} onChange={(e) => onQuery(e.target.value)} />
      <div className={styles.filters}>
        <label>
          <span>{t('notes_filterCustomer')}</span>
          <select value={filters.customerKey ?? ''} onChange={(e) => set({ customerKey: e.target.value || undefined })}>
            <option value="">{t('notes_filterAnyCustomer')}</option>
            {customers.map((key) => <option key={key} value={key}>{describeCustomerKey(key)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('notes_filterTag')}</span>
          <select value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value || undefined })}>
            <option value="">{t('notes_filterAnyTag')}</option>
            {tags.map((tag) => <option key={tag} value={tag}>{tag}</option>)}
          </select>
        </label>
        <label>
          <span>{t('notes_filterFrom')}</span>
          <input type="date" value={dateInput(filters.from)} onChange={(e) => set({ from: fromDate(e.target.value) })} />
        </label>
        <label>
          <span>{t('notes_filterTo')}</span>
          <input type="date" value={dateInput(filters.to === undefined ? undefined : filters.to - DAY + 1)} onChange={(e) => {
            const start = fromDate(e.target.value);
            set({ to: start === undefined ? undefined : start + DAY - 1 });
          }} />
        </label>
        <label className={styles.checkbox}>
          <input type="checkbox" checked={!!filters.openFollowUps} onChange={(e) => set({ openFollowUps: e.target.checked || undefined })} />
          <span>{t('notes_filterOpenFollowUps')}</span>
        </label>
      </div>
    </div>
  );
}
