import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMPLAINT } from './complaint';
import { launchKizuki, type KizukiBrowser } from './harness';

/**
 * Selector fixes without a release, in real Chromium: the desk ships "new markup"
 * (`?markup=next` renames its message attributes, so the built-in desk adapter no longer finds
 * them), a team lead imports a pack file whose tool corrects the desk's selectors
 * (`extends: "desk"`), and the panel reads and coaches there with the tool's own reading again.
 */
const FIX = {
  id: 'sora-desk-next',
  name: 'Sora Desk (next release)',
  extends: 'desk',
  urlPattern: 'http://127.0.0.1/desk/*',
  messages: '[data-desk-entry]',
  text: '[data-desk-entry-text]',
  speakers: { customer: { selector: '[data-author="customer"]' }, agent: { selector: '[data-author="agent"]' } },
};
const pack = (tools: unknown[]) => ({ format: 1, id: 'sora-fixes', name: 'Sora Desk fixes', rules: [], tools });

interface ExtensionGlobals {
  chrome: { storage: { local: { get(key: string): Promise<Record<string, { value?: { id: string }[] } | undefined>> } } };
}

describe('a pack that corrects a built-in tool\'s selectors', () => {
  let kizuki: KizukiBrowser;
  const deskUrl = inject('deskUrl');

  beforeAll(async () => {
    kizuki = await launchKizuki();
  });
  afterAll(async () => kizuki?.close());

  const importPack = async (console: Page, name: string, content: unknown) => {
    await console.getByTestId('pack-import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)) });
  };

  /** The desk in its "next release", a complaint arriving and a draft that explains first. */
  const complaintOnNextDesk = async () => {
    const desk = await kizuki.openDesk(deskUrl, { scenario: COMPLAINT.en.scenario, composer: 'textarea', markup: 'next' });
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang: 'en' });
    await desk.evaluate((text) => window.kizukiDesk.appendCustomer(text), COMPLAINT.en.customer);
    await desk.evaluate((text) => window.kizukiDesk.setDraft(text), COMPLAINT.en.explains);
    return { desk, panel };
  };

  it('refuses a pack whose tool names no built-in tool, by JSON path, in plain words', async () => {
    const console = await kizuki.extensionPage('options.html?lang=en#/packs');
    await importPack(console, 'typo.json', pack([{ ...FIX, extends: 'sora' }, { ...FIX, id: 'second', urlPattern: 'desk' }]));
    await console.getByTestId('import-refused').waitFor();
    const problems = await console.getByTestId('import-problem').evaluateAll((items) => items.map((li) => [li.getAttribute('data-path'), li.textContent]));
    expect(problems.map(([path]) => path)).toEqual(expect.arrayContaining(['tools[0].extends', 'tools[1].urlPattern']));
    expect(problems.find(([path]) => path === 'tools[0].extends')?.[1]).toContain('"sora" is not one of Kizuki\'s own tools');
    expect(await console.getByTestId('import-apply').count()).toBe(0);
    await console.close();
  });

  it('words a refusal plainly in Japanese too, naming the field', async () => {
    const console = await kizuki.extensionPage('options.html?lang=ja#/packs');
    const rule = { id: 'say-thanks', level: 'tip', category: '', when: { upset: true }, message: { ja: 'お礼を伝えましょう。' }, why: { ja: '和らぎます。' } };
    await importPack(console, 'ja.json', { ...pack([{ ...FIX, extends: 'sora' }]), rules: [rule] });
    await console.getByTestId('import-refused').waitFor();
    const problems = await console.getByTestId('import-problem').evaluateAll((items) => Object.fromEntries(items.map((li) => [li.getAttribute('data-path'), li.textContent])));
    expect(problems['rules[0].category']).toMatch(/「.+」を入力してください。/);
    expect(problems['rules[0].category']).not.toMatch(/Too small|expected/);
    expect(problems['tools[0].extends']).toContain('「sora」は Kizuki に組み込まれたツールではありません');
    await console.close();
  });

  it('the imported fix reads the renamed markup: the desk is read by its selectors again and the panel coaches', async () => {
    // Before the fix: the desk adapter finds none of the renamed messages.
    const before = await complaintOnNextDesk();
    await expect.poll(() => before.panel.getByTestId('session-header').getAttribute('data-detected'), { timeout: 15_000 }).toBe('true');
    // The reading note sits behind the health icon: its text is there whether or not it is open.
    await expect.poll(async () => (await before.panel.getByTestId('reading-note').allTextContents()).join(' ')).toContain('Reading by page structure');
    await before.desk.close();
    await before.panel.close();

    const console = await kizuki.extensionPage('options.html?lang=en#/packs');
    await importPack(console, 'sora-fixes.json', pack([FIX]));
    await console.getByTestId('import-apply').click();
    await console.getByTestId('import-status').waitFor();
    // The background shares the packs' tools with the content script.
    await expect.poll(() => kizuki.serviceWorker.evaluate(async () => {
      const stored = await (globalThis as unknown as ExtensionGlobals).chrome.storage.local.get('kizuki:pack-tools');
      return stored['kizuki:pack-tools']?.value?.map((tool) => tool.id) ?? [];
    }), { timeout: 10_000 }).toEqual([FIX.id]);

    // The console lists it among the packs' tools, with whether Kizuki may read its pages.
    await console.goto(`chrome-extension://${kizuki.extensionId}/options.html?lang=en#/tools`);
    const row = console.locator(`[data-testid="pack-tool"][data-tool-id="${FIX.id}"]`);
    await expect.poll(() => row.getAttribute('data-access'), { timeout: 10_000 }).toBe('granted');
    expect(await row.innerText()).toContain('corrects the built-in tool "desk"');
    expect(await row.innerText()).toContain('from the imported pack');

    const { panel } = await complaintOnNextDesk();
    const header = panel.getByTestId('session-header');
    await expect.poll(() => header.getAttribute('data-tool'), { timeout: 15_000 }).toBe('desk');
    await panel.locator('[data-testid="prompt"][data-rule-id="apologise-first"]').waitFor({ timeout: 15_000 });
    expect((await panel.getByTestId('reading-note').allTextContents()).join(' ')).not.toContain('Reading by page structure');
    expect(await panel.getByTestId('adapter-health').textContent()).toContain('watching · 1 message');
  });
});
