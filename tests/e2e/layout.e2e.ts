import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMPLAINT } from './complaint';
import { launchKizuki, type KizukiBrowser, COLD_START_MS } from './harness';

/**
 * The panel as a narrow side panel shows it for a whole shift: the prompts win the space.
 * With the notes open at 360×800, the first card is whole on screen, the cards waiting below
 * are counted, and the header keeps its diagnostics behind a small health icon.
 */
const SCREENSHOTS = 'test-results';

describe('the panel at 360 px', () => {
  let kizuki: KizukiBrowser;
  const deskUrl = inject('deskUrl');
  beforeAll(async () => {
    kizuki = await launchKizuki();
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => kizuki?.close());

  async function panelOn(lang: 'en' | 'ja'): Promise<{ desk: Page; panel: Page }> {
    const c = COMPLAINT[lang];
    const desk = await kizuki.openDesk(deskUrl, { scenario: c.scenario, composer: 'textarea' });
    await desk.waitForSelector('[data-desk-ready="true"]');
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang });
    await panel.setViewportSize({ width: 360, height: 800 });
    await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
    for (let i = 0; i < 3; i++) await desk.evaluate(() => window.kizukiDesk.step());
    await desk.evaluate((text) => window.kizukiDesk.appendCustomer(text), c.customer);
    await desk.evaluate((text) => window.kizukiDesk.setDraft(text), c.explains);
    await expect.poll(() => panel.locator('[data-testid="prompt"]:not([hidden])').count()).toBeGreaterThan(0);
    return { desk, panel };
  }

  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: with the notes open, the first card is whole on screen and the ones below are counted`, async () => {
      const { desk, panel } = await panelOn(lang);
      // The panel remembers whether the notes were open: open them if they are not.
      const toggle = panel.getByTestId('notes-toggle');
      if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
      await expect.poll(() => panel.getByTestId('note-editor').isVisible()).toBe(true);
      await panel.waitForTimeout(400); // the cards' arrival animation
      const card = (await panel.locator('[data-testid="prompt"]').first().boundingBox())!;
      const main = (await panel.locator('main').boundingBox())!;
      // Whole inside the viewport, and inside the cards' own scrolling area (nothing covers it).
      expect(card.y).toBeGreaterThanOrEqual(Math.max(0, main.y));
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.y + card.height).toBeLessThanOrEqual(Math.min(800, main.y + main.height));
      expect(card.x + card.width).toBeLessThanOrEqual(360);
      // The notes are open and usable below it.
      expect((await panel.getByTestId('note-editor').boundingBox())!.y).toBeLessThan(800);
      // The main area's own scroll may hide the next cards: then it says how many wait.
      const below = panel.getByTestId('prompts-below');
      const hidden = await panel.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('[data-testid="prompt"]:not([hidden])')].filter((el) => el.getBoundingClientRect().bottom > main.bottom + 1).length;
      });
      if (hidden > 0) await expect.poll(() => below.textContent()).toMatch(/\d/);
      await panel.screenshot({ path: `${SCREENSHOTS}/panel-360-notes-open-${lang}.png` });
      // Diagnostics only behind the health icon while all is well.
      expect(await panel.getByTestId('adapter-health').isVisible()).toBe(false);
      await panel.getByTestId('health-toggle').click();
      expect(await panel.getByTestId('adapter-health').isVisible()).toBe(true);
      await desk.close();
      await panel.close();
    });
  }

  it("counts the customer's earlier contacts the tool lists in the notes too: no 'first contact' beside them", async () => {
    const desk = await kizuki.openDesk(deskUrl, { scenario: 'en-late-order-deadline', composer: 'textarea' });
    await desk.waitForSelector('[data-desk-ready="true"]');
    const listed = await desk.locator('[data-desk-history-item]').count();
    expect(listed).toBeGreaterThan(0);
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang: 'en' });
    await expect.poll(() => panel.getByTestId('earlier-contacts').textContent()).toBe(listed === 1 ? '1 earlier contact' : `${listed} earlier contacts`);
    const toggle = panel.getByTestId('notes-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect.poll(() => panel.getByTestId('history-empty').textContent()).toMatch(/your tool lists/);
    expect(await panel.getByTestId('panel-notes').innerText()).not.toMatch(/First contact/);
    await desk.close();
    await panel.close();
  });
});
