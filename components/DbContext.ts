import { createContext, useContext } from 'react';
import type { KizukiDB } from '@/lib/db/db';

/**
 * The app's database, given by each page's entry point (and by tests, a fresh one each), so no
 * component opens IndexedDB on its own.
 */
export const DbContext = createContext<KizukiDB | null>(null);

export function useDb(): KizukiDB {
  const db = useContext(DbContext);
  if (!db) throw new Error('No database for this page: the entry point must provide DbContext.');
  return db;
}
