import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * What the extension asks the browser for. The store build (`npm run build`, `npm run zip`) is
 * built here the same way, without KIZUKI_TEST_DESK, into folders of its own (a WXT mode only
 * picks the folder), and compared with the test build the other end-to-end tests load.
 */
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
}

const OUT = join(process.cwd(), '.output');
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(OUT, dir, 'manifest.json'), 'utf8')) as Manifest;
const matchesOf = (manifest: Manifest) => manifest.content_scripts?.flatMap((c) => c.matches) ?? [];

function storeBuild(browser: 'chrome' | 'firefox'): Manifest {
  const env = { ...process.env };
  delete env.KIZUKI_TEST_DESK;
  execFileSync('npx', ['wxt', 'build', '--mode', 'storecheck', '-e', 'content', ...(browser === 'firefox' ? ['-b', 'firefox', '--mv3'] : [])], { env, stdio: 'pipe' });
  return read(`${browser}-mv3-storecheck`);
}

describe('the manifest', () => {
  afterAll(() => {
    for (const dir of ['chrome-mv3-storecheck', 'firefox-mv3-storecheck']) rmSync(join(OUT, dir), { recursive: true, force: true });
  });

  it.each(['chrome', 'firefox'] as const)('of the %s store build asks for no "tabs", matches no test desk and does not read Gmail by default', (browser) => {
    const manifest = storeBuild(browser);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).toContain('activeTab');
    const matches = matchesOf(manifest);
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.filter((m) => /localhost|127\.0\.0\.1|\/desk\//.test(m))).toEqual([]);
    expect(matches.filter((m) => m.includes('mail.google.com'))).toEqual([]);
    expect(manifest.host_permissions ?? []).toEqual([]);
  }, 120_000);

  it('of the test build reads the stand-in desk, and otherwise asks for no more than the store build', () => {
    const test = read('chrome-mv3');
    expect(matchesOf(test)).toEqual(expect.arrayContaining(['http://localhost/desk/*', 'http://127.0.0.1/desk/*']));
    expect(test.permissions).not.toContain('tabs');
    expect(matchesOf(test).filter((m) => m.includes('mail.google.com'))).toEqual([]);
  });
});
