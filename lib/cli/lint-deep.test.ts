// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The `kizuki` command itself, as a team lead runs it on a hostile file. */
describe('`kizuki lint` on a pack nested 3,000 deep', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kizuki-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1, names the JSON path of the first too-deep place, and prints no stack trace', () => {
    let when = '{"state":"active"}';
    for (let i = 0; i < 3000; i++) when = `{"not":${when}}`;
    const rule = `{"id":"deep","level":"tip","category":"test","when":${when},"message":{"en":"m"},"why":{"en":"w"}}`;
    const file = join(dir, 'deep.json');
    writeFileSync(file, `{"format":1,"id":"deep-pack","name":"Deep","rules":[${rule}]}`);
    const run = spawnSync(process.execPath, ['bin/kizuki.mjs', 'lint', file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/deep\.json: rules\[0\]\.when(\.not)+: Nested more than 64 levels deep/);
    expect(run.stderr).not.toMatch(/RangeError|Maximum call stack|\n\s+at /);
    expect(run.stdout).toBe('');
  }, 20_000);
});
