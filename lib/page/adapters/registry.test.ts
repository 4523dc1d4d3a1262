// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { describe, expect, it } from 'vitest';
import { ADAPTER_FIXTURES, parseFixture, type Fixture } from '../../../tests/fixtures/adapters/load';
import { BUILTIN_TOOL_IDS } from '../../tools/builtin-ids';
import { genericAdapter } from './generic';
import { adapters, allMatches, pickAdapter } from './registry';
import type { Adapter, PageReading } from './types';
import { draftOf, readPage } from './read';

/**
 * The meta-test: every adapter is registered with a saved page and a test of its own,
 * recognises only its own tool's pages, and reads anything — odd, empty, or redrawn
 * mid-read — without throwing.
 */

const DESK_FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'desk');

interface OwnedFixture extends Fixture {
  owner: string;
  file: string;
}

function fixtureFilesOf(adapter: Adapter): string[] {
  if (adapter.id === 'desk') {
    return existsSync(DESK_FIXTURES) ? readdirSync(DESK_FIXTURES).filter((f) => f.endsWith('.html')).map((f) => join(DESK_FIXTURES, f)) : [];
  }
  const file = join(ADAPTER_FIXTURES, `${adapter.id}.html`);
  return existsSync(file) ? [file] : [];
}

const fixtures: OwnedFixture[] = adapters.flatMap((adapter) =>
  fixtureFilesOf(adapter).map((file) => ({ owner: adapter.id, file, ...parseFixture(readFileSync(file, 'utf8'), 'http://localhost/') })),
);
/** The URL each adapter's own pages live at (first fixture), to test markup alone. */
const homeUrl = new Map(fixtures.map((f) => [f.owner, f.url] as const).reverse());

function expectWellFormed(reading: PageReading): void {
  expect(reading.conversationId === null || typeof reading.conversationId === 'string').toBe(true);
  expect(Array.isArray(reading.turns)).toBe(true);
  for (const turn of reading.turns) {
    expect(['customer', 'agent']).toContain(turn.from);
    expect(turn.text.length).toBeGreaterThan(0);
  }
  expect(reading.draft === null || typeof reading.draft === 'string').toBe(true);
}

describe('adapter registry', () => {
  it('has unique, well-formed ids, and generic stays out of the list', () => {
    const ids = adapters.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(ids).not.toContain(genericAdapter.id);
    expect(ids[0]).toBe('desk');
  });

  it('lists the ids a pack may name in `extends`: exactly the built-in tools', () => {
    expect([...BUILTIN_TOOL_IDS].sort()).toEqual(adapters.map((a) => a.id).sort());
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s has a fixture and a test file', (id, adapter) => {
    expect(fixtureFilesOf(adapter).length, `fixture for ${id}`).toBeGreaterThan(0);
    expect(existsSync(join(process.cwd(), 'lib', 'page', 'adapters', `${id}.test.ts`)), `lib/page/adapters/${id}.test.ts`).toBe(true);
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s declares valid match patterns that cover its fixture', (_, adapter) => {
    const patterns = adapter.matches.map((m) => new MatchPattern(m));
    const home = homeUrl.get(adapter.id);
    if (patterns.length > 0 && home && adapter.id !== 'desk') {
      expect(patterns.some((p) => p.includes(home))).toBe(true);
    }
  });

  it('offers the union of the patterns to the manifest, without duplicates, leaving out opt-in sites and (outside test builds) the desk', () => {
    const matches = allMatches({ testDesk: true });
    expect(new Set(matches).size).toBe(matches.length);
    for (const adapter of adapters) for (const m of adapter.matches) expect(matches.includes(m), m).toBe(!adapter.optIn);
    expect(matches).not.toContain('https://mail.google.com/*');
    expect(allMatches({ testDesk: false }).filter((m) => m.includes('/desk/'))).toEqual([]);
    expect(allMatches({ testDesk: true })).toContain('http://127.0.0.1/desk/*');
  });

  it.each(fixtures.filter((f) => f.owner !== 'desk').map((f) => [f.owner, f] as const))(
    'picks %s for its own fixture',
    (owner, fixture) => {
      expect(pickAdapter(fixture.doc, fixture.url)?.id).toBe(owner);
    },
  );

  it.each(fixtures.map((f) => [f.file.split('/').slice(-2).join('/'), f] as const))(
    'no other adapter detects %s, at its URL or at its own',
    (_, fixture) => {
      for (const adapter of adapters.filter((a) => a.id !== fixture.owner)) {
        expect(adapter.detect(fixture.doc, fixture.url), `${adapter.id} at fixture URL`).toBe(false);
        const home = homeUrl.get(adapter.id);
        if (home) expect(adapter.detect(fixture.doc, home), `${adapter.id} at its own URL`).toBe(false);
      }
    },
  );

  it('every adapter reads every fixture without throwing', () => {
    for (const fixture of fixtures) {
      for (const adapter of [...adapters, genericAdapter]) expectWellFormed(readPage(adapter, fixture.doc, fixture.url).reading);
    }
  });

  it.each(fixtures.map((f) => [f.file.split('/').slice(-2).join('/'), f] as const))(
    'after a keystroke, %s reads the same draft from the reply box alone as from the whole page',
    (_, fixture) => {
      const adapter = [...adapters, genericAdapter].find((a) => a.id === fixture.owner)!;
      const composer = adapter.composer(fixture.doc);
      expect(draftOf(adapter, composer)).toBe(readPage(adapter, fixture.doc, fixture.url).reading.draft);
    },
  );

  it('an empty document and an unrelated page read as "nothing found"', () => {
    const pages = [
      parseFixture(''),
      parseFixture('<header><h1>Weather</h1></header><article><p>Sunny, 18°C.</p></article><footer>© 2026</footer>'),
    ];
    for (const page of pages) {
      expect(pickAdapter(page.doc, page.url)).toBeNull();
      for (const adapter of [...adapters, genericAdapter]) {
        expect(adapter.detect(page.doc, page.url)).toBe(false);
        // A tool's fixed channel (Gmail is email) may still be stated; nothing else may.
        expect(readPage(adapter, page.doc, page.url).reading).toMatchObject({ conversationId: null, customer: null, turns: [], draft: null });
        expect(adapter.composer(page.doc)).toBeNull();
      }
    }
  });

  it('reading survives any one element vanishing mid-conversation', () => {
    for (const fixture of fixtures) {
      const adapter = adapters.find((a) => a.id === fixture.owner);
      if (!adapter) continue;
      for (const element of Array.from(fixture.doc.body.querySelectorAll('*'))) {
        const parent = element.parentNode;
        const next = element.nextSibling;
        element.remove();
        expectWellFormed(readPage(adapter, fixture.doc, fixture.url).reading);
        parent?.insertBefore(element, next);
      }
    }
  });

  it('skips an adapter whose detect throws and keeps looking', () => {
    const broken: Adapter = { ...genericAdapter, id: 'broken', detect: () => { throw new Error('markup changed'); } };
    const chatwoot = adapters.find((a) => a.id === 'chatwoot');
    const page = fixtures.find((f) => f.owner === 'chatwoot');
    if (!chatwoot || !page) throw new Error('chatwoot fixture missing');
    expect(pickAdapter(page.doc, page.url, [broken, chatwoot])).toBe(chatwoot);
  });
});
