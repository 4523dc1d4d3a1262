/** The slice of `navigator.storage` Kizuki uses; injectable for tests and absent in some contexts. */
export interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

export type PersistState = 'persisted' | 'not-persisted' | 'unsupported';

/**
 * Asks the browser not to evict Kizuki's data under storage pressure. Extensions with
 * `unlimitedStorage` are usually granted at once; the answer is shown in the notebook.
 */
export async function requestPersistence(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<PersistState> {
  if (!storage?.persist) return 'unsupported';
  if (await storage.persisted?.()) return 'persisted';
  return (await storage.persist()) ? 'persisted' : 'not-persisted';
}

export async function storageEstimate(storage: StorageManagerLike | undefined = globalThis.navigator?.storage): Promise<{ usage: number; quota: number } | null> {
  const estimate = await storage?.estimate?.();
  return estimate ? { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 } : null;
}
