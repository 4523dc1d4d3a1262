import { describe, expect, it } from 'vitest';
import { sampleRule, samplePack } from '../packs/fixtures';
import { exportablePack, parsePackText, previewImport } from './import-preview';

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

  it('gives only the problems, by JSON path, for a broken pack', () => {
    const broken = { ...samplePack([sampleRule('a'), { ...sampleRule('a'), when: { customerLast: { lexicon: 'nope' } } }]) };
    const check = previewImport(current, broken);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems.map((p) => p.path)).toEqual(['rules[1].id', 'rules[1].when.customerLast.lexicon']);
  });

  it('reports a JSON syntax error at the root', () => {
    const parsed = parsePackText('{"format": 1,');
    expect(!parsed.ok && parsed.problems[0]?.path).toBe('$');
  });

  it('exports a self-contained pack carrying the built-in lexicons its rules use', () => {
    const team = samplePack([sampleRule('a', { when: { customerLast: { lexicon: 'apology' } } })]);
    const exported = exportablePack(team, { apology: { en: ['sorry'] }, unused: { en: ['z'] } });
    expect(Object.keys(exported.lexicons ?? {})).toEqual(['apology']);
    expect(exported.$schema).toMatch(/kizuki-pack\.schema\.json$/);
  });
});
