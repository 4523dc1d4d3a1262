import type { MessageKey } from '../i18n';

/**
 * The browser refused to store more. Carries a message key rather than text so every
 * page shows it in the agent's language, with what to do about it.
 */
export class StorageFullError extends Error {
  readonly messageKey: MessageKey = 'notes_storageFull';
  constructor(override readonly cause: unknown) {
    super('Storage is full: the browser refused to save more notes.');
    this.name = 'StorageFullError';
  }
}

/** Dexie wraps the DOMException (AbortError.inner, BulkError.failures, …); look through the layers. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return [e.inner, e.cause, ...failures].some((inner) => isQuotaError(inner, depth + 1));
}

/** Runs a write and turns a quota failure into StorageFullError; other errors pass through. */
export async function guardStorage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError(error);
    throw error;
  }
}
