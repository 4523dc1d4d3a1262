import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchKizuki, type KizukiBrowser, COLD_START_MS } from './harness';

/**
 * The extension's pages under their own Content Security Policy: validating a pack, a backup
 * and a conversation must never try `eval` (zod's jitless mode, lib/input/zod-jitless.ts).
 * A try that is caught still shows as a violation in the page's console.
 */
declare global {
  interface Window {
    kizukiCspViolations?: string[];
  }
}

const CSP_MESSAGE = /Content Security Policy|unsafe-eval|Refused to evaluate/i;

describe("the extension's pages and eval", () => {
  let kizuki: KizukiBrowser;
  const logged: string[] = [];
  const deskUrl = inject('deskUrl');

  beforeAll(async () => {
    kizuki = await launchKizuki();
    await kizuki.context.addInitScript(() => {
      window.kizukiCspViolations = [];
      window.addEventListener('securitypolicyviolation', (event) => window.kizukiCspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
  });
  afterAll(async () => kizuki?.close());

  const watch = (page: Page) => page.on('console', (message: ConsoleMessage) => {
    if (CSP_MESSAGE.test(message.text())) logged.push(`${page.url()}: ${message.text()}`);
  });
  const violations = (page: Page) => page.evaluate(() => window.kizukiCspViolations ?? ['(the listener never ran)']);

  async function extensionPage(path: string): Promise<Page> {
    const page = await kizuki.context.newPage();
    watch(page);
    await page.goto(`chrome-extension://${kizuki.extensionId}/${path}`);
    return page;
  }

  it('log no CSP eval violation while the console, the notebook and the side panel validate what they read', async () => {
    const console = await extensionPage('options.html#/packs');
    const pack = { format: 1, id: 'csp-pack', name: 'CSP', rules: [{ id: 'csp-rule', level: 'tip', category: 'tone', when: { customerLast: { phrases: ['invoice'] } }, message: { en: 'm' }, why: { en: 'w' } }] };
    await console.getByTestId('pack-import-file').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await console.getByTestId('import-preview').waitFor();
    await console.goto(`chrome-extension://${kizuki.extensionId}/options.html#/rules/new`);
    await console.getByTestId('rule-id').fill('csp-check');

    const notebook = await extensionPage('notes.html#settings');
    const backup = { format: 'kizuki-notes-backup', formatVersion: 1, exportedAt: new Date().toISOString(), sessions: [], notes: [], followUps: [], promptEvents: [], settings: [] };
    await notebook.getByTestId('notes-import').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await expect.poll(() => notebook.getByTestId('notes-report').innerText()).toMatch(/Imported 0 notes/);

    const desk = await kizuki.openDesk(deskUrl, { scenario: 'en-howto-calm', composer: 'textarea' });
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang: 'en' });
    watch(panel);
    await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');

    for (const page of [console, notebook, panel]) expect(await violations(page), page.url()).toEqual([]);
    expect(logged).toEqual([]);
  });
});
