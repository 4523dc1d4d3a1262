import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recentDiagnostics } from '../diagnostics/log';
import { clearSetting, defineSetting, readSetting, watchSetting, writeSetting } from './store';

const sites = defineSetting<string[]>({
  area: 'local',
  key: 'test:sites',
  version: 2,
  fallback: [],
  migrations: {
    1: (old) => old,
    // Version 2 stores whole-site patterns; version 1 stored bare hosts.
    2: (old) => (old as string[]).map((host) => `https://${host}/*`),
  },
  parse: (value) => (Array.isArray(value) && value.every((s) => typeof s === 'string') ? value : null),
});

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a value written before versions existed is migrated through every step, and written back', async () => {
    await fakeBrowser.storage.local.set({ 'test:sites': ['support.example.com'] });
    expect(await readSetting(sites)).toEqual(['https://support.example.com/*']);
    expect((await fakeBrowser.storage.local.get('test:sites'))['test:sites']).toEqual({ v: 2, value: ['https://support.example.com/*'] });
  });

  it('round-trips at the current version, and a cleared setting reads as its fallback', async () => {
    await writeSetting(sites, ['https://a.example/*']);
    expect(await readSetting(sites)).toEqual(['https://a.example/*']);
    await clearSetting(sites);
    expect(await readSetting(sites)).toEqual([]);
  });

  it('a value it cannot read, or one from a newer version, gives the fallback and is left as it was', async () => {
    await fakeBrowser.storage.local.set({ 'test:sites': { v: 2, value: 42 } });
    expect(await readSetting(sites)).toEqual([]);
    await fakeBrowser.storage.local.set({ 'test:sites': { v: 9, value: ['x'] } });
    expect(await readSetting(sites)).toEqual([]);
    expect((await fakeBrowser.storage.local.get('test:sites'))['test:sites']).toEqual({ v: 9, value: ['x'] });
  });

  it('a failing migration is logged, not thrown', async () => {
    await fakeBrowser.storage.local.set({ 'test:sites': { v: 1, value: 'not a list' } });
    expect(await readSetting(sites)).toEqual([]);
    expect(recentDiagnostics().at(-1)?.where).toBe('settings: migrate test:sites to version 2');
  });

  it('tells a watcher about writes from anywhere', async () => {
    const seen: string[][] = [];
    const stop = watchSetting(sites, (value) => seen.push(value));
    await writeSetting(sites, ['https://b.example/*']);
    stop();
    await writeSetting(sites, ['https://c.example/*']);
    expect(seen).toEqual([['https://b.example/*']]);
  });
});

describe('every stored value is a declared setting', () => {
  const root = path.resolve(__dirname, '../..');
  const walk = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [path.join(dir, e.name)] : []);
  const files = ['lib', 'components', 'entrypoints'].flatMap(walk);

  it('only the settings store touches browser.storage.local / .session', () => {
    const touching = files.filter((f) => f !== path.join('lib', 'settings', 'store.ts') && /storage\.(local|session)\b/.test(fs.readFileSync(path.join(root, f), 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    expect(touching).toEqual([]);
  });

  it('no two settings share a key', () => {
    const keys = files.flatMap((f) => [...fs.readFileSync(path.join(root, f), 'utf8').matchAll(/defineSetting<[^>]*>\(\{[^}]*?key: '([^']+)'/gs)].map((m) => m[1]));
    expect(keys.length).toBeGreaterThanOrEqual(7);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
