// @vitest-environment happy-dom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageReading } from '../../lib/conversation/snapshot';
import { genericAdapter } from '../../lib/page/adapters/generic';
import { readPage } from '../../lib/page/adapters/read';
import { ownAdapters } from '../../lib/page/adapters/registry';
import { deepQuery } from '../../lib/page/dom/locate';
import { parseFixture } from '../fixtures/adapters/load';

/**
 * The generic reader against pages whose right reading is known: every built-in adapter's own
 * fixture (switch the adapter off and read it by structure alone), and the look-alike pages of
 * tools written blind to the adapters (their expected readings were written by hand).
 */
interface Expected {
  turns: { from: 'customer' | 'agent'; text: string }[];
  draft: string | null;
}

interface Row {
  page: string;
  expected: number;
  found: number;
  agree: number;
  draft: boolean;
  replyBox: boolean;
}

const norm = (t: string) => t.replace(/\s+/g, ' ').trim().slice(0, 60);

/** Each expected turn is found when a read turn holds its opening words; then its speaker is compared. */
function score(page: string, expected: Expected, got: PageReading, replyBox: boolean): Row {
  let found = 0;
  let agree = 0;
  for (const turn of expected.turns) {
    const match = got.turns.find((t) => norm(t.text).includes(norm(turn.text).slice(0, 30)) || norm(turn.text).includes(norm(t.text).slice(0, 30)));
    if (!match) continue;
    found++;
    if (match.from === turn.from) agree++;
  }
  return { page, expected: expected.turns.length, found, agree, draft: norm(got.draft ?? '') === norm(expected.draft ?? ''), replyBox };
}

function table(title: string, rows: Row[]): { agreement: number; found: number } {
  const sum = (k: 'expected' | 'found' | 'agree') => rows.reduce((s, r) => s + r[k], 0);
  const lines = rows.map((r) => `  ${r.page.padEnd(28)} turns ${String(r.found).padStart(2)}/${String(r.expected).padEnd(2)}  speakers ${String(r.agree).padStart(2)}/${String(r.found).padEnd(2)}  draft ${r.draft ? 'yes' : 'no '}  reply box ${r.replyBox ? 'yes' : 'no'}`);
  const agreement = sum('found') ? sum('agree') / sum('found') : 0;
  const found = sum('expected') ? sum('found') / sum('expected') : 0;
  process.stdout.write(`\n${title}\n${lines.join('\n')}\n  all: turns found ${(found * 100).toFixed(0)} %, speaker agreement ${(agreement * 100).toFixed(0)} %, right reply box ${rows.filter((r) => r.replyBox).length}/${rows.length}\n`);
  return { agreement, found };
}

describe('reading a tool by its structure alone', () => {
  it("agrees with each built-in adapter on its own fixtures (≥ 90 % of speakers, the right reply box)", () => {
    const rows: Row[] = [];
    const dirs = [join(process.cwd(), 'tests/fixtures/adapters'), join(process.cwd(), 'tests/fixtures/desk')];
    for (const adapter of ownAdapters) {
      const files = adapter.id === 'desk' ? ['chat.html'].map((f) => join(dirs[1]!, f)) : [join(dirs[0]!, `${adapter.id}.html`)];
      for (const file of files.filter(existsSync)) {
        const { doc, url } = parseFixture(readFileSync(file, 'utf8'), 'http://localhost/desk/');
        const own = readPage(adapter, doc, url);
        const generic = readPage(genericAdapter, doc, url);
        rows.push(score(adapter.id, own.reading, generic.reading, own.composer !== null && own.composer === generic.composer));
      }
    }
    const { agreement } = table('Generic reading of the adapters\' fixtures', rows);
    expect(agreement).toBeGreaterThanOrEqual(0.9);
    expect(rows.filter((r) => !r.replyBox).map((r) => r.page)).toEqual([]);
  });

  for (const split of ['dev', 'test'] as const) {
    it(`reads the look-alike pages of tools it was not written against (${split})`, async () => {
      const dir = join(process.cwd(), 'tests/fixtures/lookalike', split);
      const rows: Row[] = [];
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
        const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.expect.json')), 'utf8')) as Expected & { url: string; replyBox: string };
        const doc = new DOMParser().parseFromString(readFileSync(join(dir, file), 'utf8'), 'text/html');
        await new Promise((resolve) => setTimeout(resolve, 0)); // let srcdoc iframes load
        const { reading, composer } = readPage(genericAdapter, doc, new URL(expected.url));
        rows.push(score(file.replace(/\.html$/, ''), expected, reading, composer !== null && composer === deepQuery(doc, expected.replyBox)));
      }
      const { agreement, found } = table(`Generic reading of look-alike pages (${split})`, rows);
      // A floor, not the aim: the figures are printed above and reported in the README.
      expect(agreement).toBeGreaterThan(0.6);
      expect(found).toBeGreaterThan(0.5);
    });
  }
});
