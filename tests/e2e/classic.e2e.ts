import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDesk, type RunningDesk } from '../desk/serve.mjs';
import { launchKizuki, waitForClassic, type KizukiBrowser } from './harness';
import { fillToolForm, openToolsConsole, saveTool } from './tool-form';

/**
 * A classic email helpdesk Kizuki has no adapter for, described only in the console the way a
 * team lead would (tests/desk's classic site: server-rendered ticket page, a separate reply
 * page, ids in the query, no author classes, a non-default port, CKEditor 4 in an iframe).
 * The agent reads the ticket, opens its reply page, and is coached there on the thread read
 * on the ticket page: apologise-first while the draft explains, gone once it apologises first.
 */
const UPSET = {
  en: {
    ticket: 105,
    customer: 'Rachel Kim',
    lastWords: 'When exactly will this be sorted?',
    // Her signature and the quoted history below it, on the page but not her words.
    notHerWords: ['Sent from my phone', 'wrote:', 'Could you send a photo'],
    explains: 'Our courier policy requires a photo before we can send a replacement.',
    apologises: "I'm so sorry the planter arrived smashed. Our courier policy requires a photo before we can send a replacement.",
  },
  ja: {
    ticket: 103,
    customer: '高橋 誠',
    lastWords: '責任者の方から電話をください。',
    notHerWords: ['株式会社タカハシ設計', 'Original Message', '経理担当に確認しております'],
    explains: '請求の件は経理部で確認しておりますので、結果が出るまでお待ちください。',
    apologises: 'このたびは二重にご請求してしまい、誠に申し訳ございません。請求の件は経理部で確認しておりますので、結果が出るまでお待ちください。',
  },
} as const;

type Editor = 'plain' | 'rich';

describe('a classic helpdesk described only in the console', () => {
  let kizuki: KizukiBrowser;
  let desk: RunningDesk;
  const timings: string[] = [];

  beforeAll(async () => {
    desk = await startDesk({ classic: true, port: 0 });
    kizuki = await launchKizuki();
    const lead = await openToolsConsole(kizuki);
    // What a team lead writes after looking at the pages: nothing here names Kizuki's internals.
    await fillToolForm(lead, {
      id: 'hibari-helpdesk',
      name: 'Hibari Helpdesk',
      urlPattern: `http://127.0.0.1:${desk.port}/Ticket/*`,
      messages: '.history-item',
      author: '.item-who',
      text: '.message-body',
      customerAuthorHas: '{customer.email}',
      customerKey: '.people tr:nth-child(2) .person',
      draft: 'textarea#UpdateContent:not(.richtext)\n#cke_UpdateContent iframe.cke_wysiwyg_frame >>> body',
      conversationIdFromUrl: '?id={id}',
    });
    await lead.locator('#tool-field-channel').selectOption('email');
    await saveTool(lead);
    await lead.close();
  });
  afterAll(async () => {
    await kizuki?.close();
    await desk?.close();
    await mkdir('test-results', { recursive: true });
    await writeFile('test-results/classic-e2e-timings.txt', `${timings.join('\n')}\n`);
  });

  const prompt = (panel: Page, ruleId: string) => panel.locator(`[data-testid="prompt"][data-rule-id="${ruleId}"]`);

  for (const lang of ['en', 'ja'] as const) {
    for (const editor of ['plain', 'rich'] as const satisfies readonly Editor[]) {
      it(`coaches on the reply page from the thread read on the ticket page (${lang}, ${editor === 'plain' ? 'textarea' : 'CKEditor 4 in an iframe'})`, async () => {
        const c = UPSET[lang];
        const page = await kizuki.openClassic(desk.url, `/Ticket/Display.html?id=${c.ticket}`);
        const panel = await kizuki.openPanel(await kizuki.tabIdOf(page), { lang });
        const header = panel.getByTestId('session-header');
        await expect.poll(() => header.getAttribute('data-tool'), { timeout: 15_000 }).toBe('custom-hibari-helpdesk');
        expect(await header.getAttribute('data-conversation-id')).toBe(String(c.ticket));
        const said = panel.getByTestId('latest-customer-message');
        await expect.poll(() => said.innerText()).toContain(c.lastWords);
        for (const notSaid of c.notHerWords) expect(await said.innerText()).not.toContain(notSaid);
        expect(await header.innerText()).toContain(c.customer);

        // The agent follows the ticket's Reply link (the classic site separates fields with ";").
        await page.goto(new URL(`/Ticket/Update.html?Action=Respond;id=${c.ticket}&editor=${editor}`, desk.url).toString());
        await waitForClassic(page);
        expect(await page.evaluate(() => window.kizukiClassic.editor())).toBe(editor === 'plain' ? 'plain' : 'ckeditor4');
        await expect.poll(() => header.getAttribute('data-conversation-id'), { timeout: 10_000 }).toBe(String(c.ticket));
        // The reply page shows no thread: the one read on the ticket page stays, and the panel says so.
        await expect.poll(() => panel.getByTestId('reading-note').count()).toBeGreaterThan(0);
        expect(await said.innerText()).toContain(c.lastWords);
        // CKEditor's placeholder is text in the editor's body, not a draft.
        expect(await panel.getByTestId('draft').innerText()).not.toMatch(/message here|メッセージを入力/i);

        const started = Date.now();
        await page.evaluate((text) => window.kizukiClassic.type(text, { replace: true }), c.explains);
        const card = prompt(panel, 'apologise-first');
        await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
        const appeared = Date.now() - started;
        expect(await panel.getByTestId('draft').innerText()).toBe(c.explains);

        const changed = Date.now();
        await page.evaluate((text) => window.kizukiClassic.type(text, { replace: true }), c.apologises);
        await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
        timings.push(`${lang}\t${editor}\tappeared ${appeared} ms\tcleared ${Date.now() - changed} ms`);
        await panel.close();
        await page.close();
      });
    }
  }
});
