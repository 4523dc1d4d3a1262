import { describe, expect, it } from 'vitest';
import { sampleRule, samplePack } from '../packs/fixtures';
import { exportablePack, previewImport, readPackFile } from './import-preview';

describe('import preview', () => {
  const current = samplePack([sampleRule('kept'), sampleRule('changed'), sampleRule('removed')], { lexicons: { old: { en: ['x'] } } });

  it('lists what the import adds, changes and removes', () => {
    const incoming = samplePack([sampleRule('kept'), sampleRule('changed', { level: 'warning' }), sampleRule('added')], { lexicons: { fresh: { en: ['y'] } } });
    const check = previewImport(current, incoming);
    if (!check.ok) throw new Error('expected a valid pack');
    const { adds, changes, removes, unchanged, lexicons } = check.preview;
    expect(adds.map((r) => r.id)).toEqual(['added']);
    expect(changes.map((c) => c.id)).toEqual(['changed']);
    expect(changes[0]?.diff.filter((l) => l.kind !== 'same' && l.kind !== 'skip')).toEqual([
      { kind: 'remove', text: '  "level": "tip",' },
      { kind: 'add', text: '  "level": "warning",' },
    ]);
    expect(removes.map((r) => r.id)).toEqual(['removed']);
    expect(unchanged).toBe(1);
    expect(lexicons).toEqual({ adds: ['fresh'], changes: [], removes: ['old'] });
  });

  it('lists the tools the import adds, changes and removes, by id', () => {
    const tool = (id: string, messages = '.msg') => ({ id, name: id, urlPattern: 'https://help.example/*', messages });
    const before = samplePack([sampleRule('kept')], { tools: [tool('same'), tool('edited'), tool('gone')] });
    const check = previewImport(before, samplePack([sampleRule('kept')], { tools: [tool('same'), tool('edited', '.message'), tool('new')] }));
    if (!check.ok) throw new Error('expected a valid pack');
    expect(check.preview.tools).toEqual({ adds: ['new'], changes: ['edited'], removes: ['gone'] });
  });

  it('gives only the problems, by JSON path, for a broken pack', () => {
    const broken = { ...samplePack([sampleRule('a'), { ...sampleRule('a'), when: { customerLast: { lexicon: 'nope' } } }]) };
    const check = previewImport(current, broken);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map((p) => p.path)).toEqual(['rules[1].id', 'rules[1].when.customerLast.lexicon']);
  });

  it('reports a JSON syntax error at the root', async () => {
    const parsed = await readPackFile(new Blob(['{"format": 1,']));
    expect(parsed).toMatchObject({ ok: false, code: 'not-json', problems: [{ path: '$' }] });
  });

  it('refuses a file over the size limit, reading no more than one byte past it', async () => {
    let read = 0;
    class WatchedBlob extends Blob {
      override slice(start?: number, end?: number): Blob {
        const part = super.slice(start, end);
        read = part.size;
        return part;
      }
    }
    expect(await readPackFile(new WatchedBlob(['x'.repeat(5000)]), 1000)).toMatchObject({ ok: false, code: 'too-large' });
    expect(read).toBe(1001);
  });

  it('refuses a file that is not UTF-8', async () => {
    const sjis = new Uint8Array([0x7b, 0x22, 0x95, 0xd4, 0x8b, 0xe0, 0x22, 0x3a, 0x31, 0x7d]);
    expect(await readPackFile(new Blob([sjis]))).toMatchObject({ ok: false, code: 'not-utf8' });
  });

  it('refuses a pack whose rule fails its own examples, naming the example', () => {
    const failing = samplePack([sampleRule('kept', { examples: { fire: [{ lang: 'en', turns: [{ from: 'customer', text: 'Hello!' }], draft: 'Hi.' }] } })]);
    const check = previewImport(current, failing);
    expect(check).toMatchObject({ ok: false, reason: 'failing-examples', problems: [{ path: 'rules[0].examples.fire[0]', ruleId: 'kept' }] });
  });

  it('counts a lexicon named like an Object property as added, not changed', () => {
    const incoming = JSON.parse(JSON.stringify(samplePack([sampleRule('kept')], { lexicons: { toString: { en: ['x'] }, constructor: { en: ['y'] } } })));
    const check = previewImport(samplePack([sampleRule('kept')]), incoming);
    expect(check.ok && check.preview.lexicons).toEqual({ adds: ['toString', 'constructor'], changes: [], removes: [] });
  });

  it('exports a self-contained pack carrying the built-in lexicons its rules use', () => {
    const team = samplePack([sampleRule('a', { when: { customerLast: { lexicon: 'apology' } } })]);
    const exported = exportablePack(team, { apology: { en: ['sorry'] }, unused: { en: ['z'] } });
    expect(Object.keys(exported.lexicons ?? {})).toEqual(['apology']);
    expect(exported.$schema).toMatch(/kizuki-pack\.schema\.json$/);
  });
});
