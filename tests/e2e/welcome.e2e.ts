import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchKizuki, type KizukiBrowser } from './harness';

/** The first run as a new agent meets it: the install page opens by itself, in both languages, and leads on. */
describe('the install page', () => {
  let kizuki: KizukiBrowser;
  beforeAll(async () => {
    kizuki = await launchKizuki();
  });
  afterAll(async () => kizuki?.close());

  it('opens once Kizuki is installed, says how to open the panel and try it, and leads team leads to the console', async () => {
    const welcomeUrl = `chrome-extension://${kizuki.extensionId}/welcome.html`;
    await expect.poll(() => kizuki.context.pages().some((p) => p.url() === welcomeUrl), { timeout: 10_000 }).toBe(true);
    const page = kizuki.context.pages().find((p) => p.url() === welcomeUrl)!;
    await page.waitForSelector('[data-testid="welcome"]');
    const text = (await page.getByTestId('welcome').innerText());
    expect(text).toMatch(/Alt\+Shift\+K/);
    expect(text).toMatch(/Read \(the site\) with Kizuki/);
    expect(await page.getByTestId('welcome-console').getAttribute('href')).toBe('options.html');

    await page.getByTestId('welcome-language').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Kizuki へようこそ');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), scheme).toEqual([]);
    }
    await page.getByTestId('welcome-console').click();
    await expect.poll(() => page.url()).toBe(`chrome-extension://${kizuki.extensionId}/options.html`);
  });
});
