import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchKizuki, type KizukiBrowser, COLD_START_MS } from './harness';

/** The thread end to end: desk page → content script → background session → side panel. */
describe('the live thread from the desk to the side panel', () => {
  let kizuki: KizukiBrowser;
  const deskUrl = inject('deskUrl');

  beforeAll(async () => {
    kizuki = await launchKizuki();
  });
  afterAll(async () => kizuki?.close());

  for (const composer of ['textarea', 'contenteditable'] as const) {
    it(`shows the conversation, the latest customer message and the draft (${composer} composer)`, async () => {
      const desk = await kizuki.openDesk(deskUrl, { scenario: 'en-late-order-deadline', composer });
      const tabId = await kizuki.tabIdOf(desk);
      const panel = await kizuki.openPanel(tabId);

      const header = panel.getByTestId('session-header');
      await expect.poll(() => header.getAttribute('data-tool'), { timeout: COLD_START_MS }).toBe('desk');
      await expect.poll(() => header.getAttribute('data-conversation-id')).not.toBe('');

      await desk.evaluate(() => window.kizukiDesk.appendCustomer('Is anyone going to fix this today?'));
      await expect.poll(() => panel.getByTestId('latest-customer-message').textContent()).toBe('Is anyone going to fix this today?');

      await desk.evaluate(() => window.kizukiDesk.setDraft('Thank you for waiting.'));
      await expect.poll(() => panel.getByTestId('draft').textContent()).toBe('Thank you for waiting.');
      await desk.close();
      await panel.close();
    });
  }

  it('follows a call: call state in the header and the live transcript', async () => {
    const desk = await kizuki.openDesk(deskUrl, { scenario: 'ja-late-catalog-second-call' });
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang: 'ja' });
    const header = panel.getByTestId('session-header');
    await expect.poll(() => header.getAttribute('data-tool'), { timeout: COLD_START_MS }).toBe('desk');
    await desk.evaluate(() => window.kizukiDesk.setCallState('connected'));
    await expect.poll(() => header.textContent()).toContain('通話中');
    await desk.evaluate(() => window.kizukiDesk.appendCustomer('午前中にもお電話した件なんですが。'));
    await expect.poll(() => panel.getByTestId('latest-customer-message').textContent()).toBe('午前中にもお電話した件なんですが。');
    await desk.evaluate(() => window.kizukiDesk.setCallState('on-hold'));
    await expect.poll(() => header.textContent()).toContain('保留中');
    await desk.close();
    await panel.close();
  });

  it('keeps the live session when the browser stops the background worker', async () => {
    const desk = await kizuki.openDesk(deskUrl, { scenario: 'en-supervisor-demand' });
    const tabId = await kizuki.tabIdOf(desk);
    const panel = await kizuki.openPanel(tabId);
    await desk.evaluate(() => window.kizukiDesk.appendCustomer('Before the restart.'));
    await expect.poll(() => panel.getByTestId('latest-customer-message').textContent()).toBe('Before the restart.');

    // Chrome stops idle extension workers; Kizuki must pick up where it was.
    // A restarted worker is a new JavaScript realm: its time origin moves on.
    const workerStart = () => kizuki.context.serviceWorkers()[0]!.evaluate(() => performance.timeOrigin);
    const before = await workerStart();
    const cdp = await kizuki.context.newCDPSession(panel);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await desk.evaluate(() => window.kizukiDesk.appendCustomer('After the restart.'));
    await expect.poll(() => panel.getByTestId('latest-customer-message').textContent(), { timeout: 15_000 }).toBe('After the restart.');
    await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-conversation-id')).toBe('en-supervisor-demand');
    expect(await workerStart()).toBeGreaterThan(before);
    await cdp.detach();
    await desk.close();
    await panel.close();
  });

  it('says "not detected" for a page that is not a conversation', async () => {
    const page = await kizuki.context.newPage();
    await page.goto(`${deskUrl}empty-page-with-no-desk`.replace('/desk/empty-page-with-no-desk', '/not-a-desk'));
    const tabId = await kizuki.tabIdOf(page);
    const panel = await kizuki.openPanel(tabId);
    await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-detected')).toBe('false');
    await page.close();
    await panel.close();
  });
});
