// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '@/lib/i18n';
import { freshDb } from '@/lib/db/testing';
import { useConsole } from '@/lib/console/store';
import { sampleRule, samplePack } from '@/lib/packs/fixtures';
import { DbContext } from './DbContext';
import { PackImport } from './PackImport';

beforeEach(() => {
  setLanguage('en');
  useConsole.setState({ loaded: true, sources: null, changed: vi.fn(async () => {}) });
});
afterEach(cleanup);

function renderImport() {
  render(<DbContext.Provider value={freshDb()}><PackImport /></DbContext.Provider>);
  return (name: string, content: BlobPart) => {
    const input = screen.getByTestId('pack-import-file') as HTMLInputElement;
    const file = new File([content], name, { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  };
}

function deepPack(depth: number): string {
  let when = '{"state":"active"}';
  for (let i = 0; i < depth; i++) when = `{"not":${when}}`;
  return JSON.stringify(samplePack()).replace('{"customerLast":{"phrases":["refund","返金"]}}', when);
}

describe('importing a pack file in the console', () => {
  it('replaces the previous file\'s preview with the refusal of a pack nested 3,000 deep, leaving no Apply', async () => {
    const choose = renderImport();
    choose('good.json', JSON.stringify(samplePack([sampleRule('fresh-rule')])));
    await screen.findByTestId('import-apply');

    choose('deep.json', deepPack(3000));
    await screen.findByTestId('import-refused');
    expect(screen.queryByTestId('import-apply')).toBeNull();
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(screen.getByTestId('import-refused').textContent).toContain('deep.json');
    expect(screen.getByTestId('import-problem').getAttribute('data-path')).toMatch(/^rules\[0\]\.when(\.not)+$/);
  });

  it('shows the refusal of a pack with 100,000 problems: the first 50, then how many more', async () => {
    // 20 lexicons of 5,000 phrases that are empty once spaces are removed: 100,000 problems within the limits.
    const lexicons = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`blank${i}`, { en: Array.from({ length: 5000 }, () => ' ') }]));
    const choose = renderImport();
    choose('blank.json', JSON.stringify({ ...samplePack(), lexicons }));
    await screen.findByTestId('import-refused', {}, { timeout: 15_000 });
    expect(screen.getByTestId('import-refused').textContent).toContain('100000 problems');
    expect(screen.getAllByTestId('import-problem')).toHaveLength(50);
    expect(screen.getByTestId('problems-more').textContent).toBe('…and 99950 more problems.');
  }, 30_000);

  it('refuses a file that is not UTF-8 with a sentence saying so', async () => {
    const choose = renderImport();
    choose('sjis.json', new Uint8Array([0x7b, 0x22, 0x95, 0xd4, 0x8b, 0xe0, 0x22, 0x3a, 0x31, 0x7d]));
    await waitFor(() => expect(screen.getByTestId('import-refusal').getAttribute('data-reason')).toBe('not-utf8'));
    expect(screen.getByTestId('import-refusal').textContent).toContain('not UTF-8');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const choose = renderImport();
    choose('huge.json', `{"pad":"${'x'.repeat(1_100_000)}"}`);
    await waitFor(() => expect(screen.getByTestId('import-refusal').getAttribute('data-reason')).toBe('too-large'));
  });

  it('refuses a pack whose rule fails its own example, naming the example', async () => {
    const choose = renderImport();
    const failing = samplePack([sampleRule('say-thanks', { examples: { fire: [{ lang: 'en', turns: [{ from: 'customer', text: 'Hello!' }], draft: 'Hi.' }] } })]);
    choose('failing.json', JSON.stringify(failing));
    await waitFor(() => expect(screen.getByTestId('import-refusal').getAttribute('data-reason')).toBe('failing-examples'));
    expect(screen.getByTestId('import-problem').getAttribute('data-path')).toBe('rules[0].examples.fire[0]');
    expect(screen.queryByTestId('import-apply')).toBeNull();
  });
});
