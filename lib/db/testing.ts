import { KizukiDB } from './db';

/** A database of its own for each test (fake-indexeddb is loaded by the vitest setup). */
export function freshDb(): KizukiDB {
  return new KizukiDB(`test-${crypto.randomUUID()}`);
}
