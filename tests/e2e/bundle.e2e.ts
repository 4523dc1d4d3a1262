import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The built extension (npm run test:e2e builds it first), checked for what must never ship in it. */
const out = join(process.cwd(), '.output', 'chrome-mv3');

describe('the built extension', () => {
  const content = readFileSync(join(out, 'content-scripts', 'content.js'), 'utf8');

  it('the content script carries neither the validator (zod) nor the database (Dexie), and stays under 15 KB gzipped', () => {
    // Strings each library cannot do without: zod's issue codes and error class, Dexie's own name and API.
    for (const marker of ['invalid_type', 'ZodError', '$ZodType', 'Dexie', 'IDBKeyRange', 'liveQuery']) expect(content, marker).not.toContain(marker);
    expect(gzipSync(content).length).toBeLessThan(15 * 1024);
  });
});
