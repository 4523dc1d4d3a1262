import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchKizuki, type KizukiBrowser } from './harness';
import { fillToolForm, openToolsConsole, type ConsoleOptions } from './tool-form';

/**
 * Describing an in-house support tool in the console against the real page, in real Chromium:
 * "Test on this tab" shows what each selector finds and the conversation Kizuki would read, the
 * picker fills fields by pointing and clicking, a permission prompt nobody answers ends in
 * "not answered" with the description kept, and the description survives closing the lead.
 * The in-house tool is a static page served here (tests/fixtures/inhouse/ticket.html) on
 * 127.0.0.1, which the test build may read; the unanswered prompt is for a host it may not.
 */
const WAIT_MS = 2500;

describe('describing an in-house tool against the real page', () => {
  let kizuki: KizukiBrowser;
  let server: Server;
  let origin = '';
  let ticket: Page;

  beforeAll(async () => {
    const html = await readFile('tests/fixtures/inhouse/ticket.html');
    server = createServer((req, res) => {
      const page = req.url?.startsWith('/tickets/') ? html : '<!doctype html><title>Acme intranet</title><p>Not a support tool.</p>';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    kizuki = await launchKizuki();
    ticket = await kizuki.context.newPage();
    await ticket.goto(`${origin}/tickets/1042`);
  });
  afterAll(async () => {
    await kizuki?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const openConsole = (options: ConsoleOptions = {}) => openToolsConsole(kizuki, { permissionWait: WAIT_MS, ...options });
  const part = (page: Page, name: string) => page.locator(`[data-testid="preview-part"][data-part="${name}"]`);

  it('"Test on this tab" shows what each selector finds and the turns with their speakers, and follows the form as the lead types', async () => {
    const lead = await openConsole();
    await fillToolForm(lead, {
      urlPattern: 'http://127.0.0.1/tickets/*',
      messages: '.conversation .item\n.thread .bubble',
      customerMessage: '.bubble--customer',
      text: '.bubble__text',
      draft: 'textarea[name="reply"]',
      conversationIdFromUrl: '/tickets/{id}',
    });
    await ticket.locator('textarea').fill('確認いたしました。');

    await lead.getByTestId('preview-start').click();
    await lead.locator('[data-testid="tool-preview"][data-state="ready"]').waitFor({ timeout: 15_000 });
    expect(await part(lead, 'messages').getAttribute('data-count')).toBe('3');
    expect(await part(lead, 'messages').innerText()).toMatch(/\.conversation \.item — nothing found[\s\S]*\.thread \.bubble — 3 found · used/);
    expect(await part(lead, 'customerMessage').innerText()).toContain('in 2 of 3 messages');
    const speakers = await lead.getByTestId('preview-turn').evaluateAll((turns) => turns.map((turn) => turn.getAttribute('data-from')));
    expect(speakers).toEqual(['customer', 'agent', 'customer']);
    expect(await lead.getByTestId('preview-turn').first().innerText()).toContain('月曜日に届く予定でした');
    expect(await lead.getByTestId('preview-draft').innerText()).toContain('確認いたしました。');
    expect(await lead.getByTestId('preview-id').innerText()).toContain('1042');
    expect(await lead.getByTestId('preview-id').getAttribute('data-from')).toBe('address');
    await lead.getByTestId('tool-preview').screenshot({ path: 'test-results/console-tool-preview.png' });

    // Typing a narrower selector: the preview follows without another click.
    await lead.getByTestId('tool-messages').fill('.thread .bubble--customer');
    await expect.poll(() => part(lead, 'messages').getAttribute('data-count')).toBe('2');
    // A selector being typed is left out and named, not an error.
    await lead.getByTestId('tool-customerName').fill('[data-testid="customer-name"] >');
    await expect.poll(() => lead.getByTestId('preview-left').innerText().catch(() => '')).toContain('Customer name');
    await lead.getByTestId('tool-customerName').fill('[data-testid="customer-name"]');
    await expect.poll(() => lead.getByTestId('preview-customer').innerText()).toContain('山田 花子');

    // A pattern no open tab matches says so.
    await lead.getByTestId('tool-urlPattern').fill('http://localhost/tickets/*');
    await lead.locator('[data-testid="tool-preview"][data-state="no-tab"]').waitFor();
    expect(await lead.getByTestId('preview-state').innerText()).toContain('No open tab shows http://localhost/tickets/*');
    await lead.close();
  });

  it('lets the lead choose among matching tabs, and says when the chosen tab closes or leaves the tool', async () => {
    const second = await kizuki.context.newPage();
    await second.goto(`${origin}/tickets/2077`);
    const lead = await openConsole();
    await fillToolForm(lead, {
      urlPattern: 'http://127.0.0.1/tickets/*',
      messages: '.thread .bubble',
      conversationIdFromUrl: '/tickets/{id}',
    });
    await lead.getByTestId('preview-start').click();
    await lead.locator('[data-testid="tool-preview"][data-state="ready"]').waitFor({ timeout: 15_000 });
    expect(await lead.getByTestId('preview-tab').locator('option').count()).toBe(2);
    const secondId = await kizuki.tabIdOf(second);
    await lead.getByTestId('preview-tab').selectOption(String(secondId));
    await expect.poll(() => lead.getByTestId('preview-id').innerText()).toContain('2077');

    await second.goto(`${origin}/elsewhere`);
    await lead.locator('[data-testid="tool-preview"][data-state="gone"]').waitFor({ timeout: 10_000 });
    expect(await lead.getByTestId('preview-state').innerText()).toMatch(/The page changed/);
    await second.goto(`${origin}/tickets/2077`);
    await lead.getByTestId('preview-refresh').click();
    await lead.locator('[data-testid="tool-preview"][data-state="ready"]').waitFor({ timeout: 10_000 });
    await lead.getByTestId('preview-tab').selectOption(String(secondId));
    await expect.poll(() => lead.getByTestId('preview-id').innerText()).toContain('2077');
    await second.close();
    await lead.locator('[data-testid="tool-preview"][data-state="gone"]').waitFor({ timeout: 10_000 });
    expect(await lead.getByTestId('preview-state').innerText()).toMatch(/The tab was closed/);
    await lead.close();
  });

  it('the picker outlines what the pointer is over, fills the field on click, and Esc cancels', async () => {
    const lead = await openConsole();
    await lead.getByTestId('tool-urlPattern').fill('http://127.0.0.1/tickets/*');
    await lead.getByTestId('tool-draft').fill('textarea');
    await lead.getByTestId('preview-start').click();
    await lead.locator('[data-testid="tool-preview"][data-state="ready"]').waitFor({ timeout: 15_000 });

    const hovered: string[] = [];
    const pick = async (field: string, target: string) => {
      await lead.getByTestId(`tool-pick-${field}`).click();
      await ticket.locator('kizuki-picker').waitFor({ state: 'attached' });
      const box = (await ticket.locator(target).first().boundingBox())!;
      await ticket.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await ticket.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
      // Hovering outlines the element and labels it with the selector and what it finds.
      await ticket.locator('kizuki-picker .box').waitFor();
      await expect.poll(() => ticket.locator('kizuki-picker .label').innerText()).toMatch(/found/);
      hovered.push(await ticket.locator('kizuki-picker .label').innerText());
      await ticket.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await lead.getByTestId('pick-status').waitFor();
      return lead.getByTestId(`tool-${field}`).inputValue();
    };
    const countOnPage = (selector: string) => ticket.evaluate((s) => document.querySelectorAll(s).length, selector);

    // A click on the text inside the agent's bubble means every message, on both sides.
    const messages = await pick('messages', '.bubble--agent .bubble__text');
    expect(await countOnPage(messages)).toBe(3);
    expect(hovered[0]).toBe(`${messages} · 3 found`);
    expect(messages).not.toMatch(/css-|jss|nth-/);
    const draft = await pick('draft', 'textarea');
    expect(draft).toBe('textarea[name="reply"]');
    const name = await pick('customerName', '[data-testid="customer-name"]');
    expect(name).toBe('[data-testid="customer-name"]');
    await expect.poll(() => lead.getByTestId('preview-customer').innerText()).toContain('山田 花子');

    // Esc in the page cancels and changes nothing.
    await lead.getByTestId('tool-pick-customerKey').click();
    await ticket.locator('kizuki-picker').waitFor({ state: 'attached' });
    await ticket.keyboard.press('Escape');
    await expect.poll(() => lead.getByTestId('pick-status').innerText()).toMatch(/cancelled/);
    expect(await lead.getByTestId('tool-customerKey').inputValue()).toBe('');
    expect(await ticket.locator('kizuki-picker').count()).toBe(0);
    await lead.close();
  });

  it('saving for a site the browser is asked about shows the wait, then "not answered" with the description kept; it survives closing the console', async () => {
    let lead = await openConsole();
    await fillToolForm(lead, {
      id: 'acme-desk',
      name: 'Acme desk',
      urlPattern: 'https://support.acme.example/tickets/*',
      messages: '.thread .bubble',
      draft: 'textarea[name="reply"]',
    });

    // Headless Chromium never answers the prompt.
    await lead.getByTestId('tool-save').click();
    await lead.locator('[data-testid="tool-status"][data-outcome="asking"]').waitFor();
    expect(await lead.getByTestId('tool-save').isDisabled()).toBe(true);
    await lead.locator('[data-testid="tool-status"][data-outcome="unanswered"]').waitFor({ timeout: WAIT_MS + 5_000 });
    expect(await lead.getByTestId('tool-status').innerText()).toMatch(/Not answered — nothing was saved; your description is kept/);
    expect(await lead.getByTestId('tool-save').innerText()).toMatch(/Try again/);
    expect(await lead.getByTestId('custom-tool').count()).toBe(0);
    expect(await lead.getByTestId('tool-name').inputValue()).toBe('Acme desk');

    // The console closes (or the browser goes away) while the prompt is open: nothing typed is lost.
    await lead.close();
    lead = await openConsole({ blank: false });
    await lead.getByTestId('tool-restored').waitFor();
    expect(await lead.getByTestId('tool-name').inputValue()).toBe('Acme desk');
    expect(await lead.getByTestId('tool-messages').inputValue()).toBe('.thread .bubble');
    await lead.close();
  });

  it('names every problem at once, by field, in the lead\'s language', async () => {
    const lead = await openConsole({ lang: 'ja' });
    await fillToolForm(lead, {
      id: 'Acme Desk',
      name: '',
      urlPattern: 'support.acme.example',
      messages: '.thread ..bubble',
    });
    await lead.getByTestId('tool-save').click();
    const problems = lead.getByTestId('tool-problems');
    await problems.waitFor();
    const fields = await problems.locator('li').evaluateAll((items) => items.map((li) => li.getAttribute('data-field')));
    expect(fields).toEqual(expect.arrayContaining(['id', 'name', 'urlPattern', 'messages']));
    expect(await problems.innerText()).toMatch(/修正が必要な項目が \d+ 件あります/);
    expect(await lead.getByTestId('tool-status').getAttribute('data-outcome')).toBe('invalid');
    await lead.close();
  });

  it('with the site granted, saving stores and registers the tool, and the panel reads the page with it', async () => {
    const lead = await openConsole();
    await fillToolForm(lead, {
      id: 'acme-local',
      name: 'Acme (local)',
      urlPattern: 'http://127.0.0.1/tickets/*',
      messages: '.thread .bubble\n.conversation .item',
      customerMessage: '.bubble--customer',
      draft: 'textarea[name="reply"]',
      conversationIdFromUrl: '/tickets/{id}',
    });
    await lead.getByTestId('tool-save').click();
    await lead.locator('[data-testid="tool-status"][data-outcome="saved"]').waitFor();
    await lead.locator('[data-testid="custom-tool"][data-access="granted"]').waitFor();

    await ticket.reload();
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(ticket), { lang: 'en' });
    const header = panel.getByTestId('session-header');
    await expect.poll(() => header.getAttribute('data-tool'), { timeout: 15_000 }).toBe('custom-acme-local');
    expect(await header.getAttribute('data-conversation-id')).toBe('1042');
    await panel.close();

    // Saved: nothing is left to restore.
    await lead.close();
    const reopened = await openConsole({ blank: false });
    await reopened.locator('[data-testid="custom-tool"]').waitFor();
    expect(await reopened.getByTestId('tool-restored').count()).toBe(0);
    await reopened.close();
  });

  it('where the panel says a page is not detected, it links to the console\'s Support tools', async () => {
    const other = await kizuki.context.newPage();
    await other.goto(`${origin}/elsewhere`);
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(other), { lang: 'en' });
    const link = panel.getByTestId('fix-console');
    await link.waitFor({ timeout: 15_000 });
    expect(await link.getAttribute('href')).toBe(`chrome-extension://${kizuki.extensionId}/options.html#/tools`);
    expect(await panel.getByTestId('not-detected-reason').getAttribute('data-reason')).toBe('not-reading');
    await panel.close();
    await other.close();
  });
});
