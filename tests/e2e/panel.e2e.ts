import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMPLAINT as COMPLAINTS } from './complaint';
import { EXTENSION_DIR, launchKizuki, type KizukiBrowser, COLD_START_MS } from './harness';

/**
 * The side panel on the desk, as an agent meets it: a complaint arrives, the panel whispers
 * "apologise first" while the draft explains, and lets go once the draft apologises first.
 */
const COMPLAINT = {
  en: { ...COMPLAINTS.en, dismiss: 'Dismiss', wrong: 'Wrong' },
  ja: { ...COMPLAINTS.ja, dismiss: '閉じる', wrong: '誤り' },
} as const;
type Lang = keyof typeof COMPLAINT;

const SCREENSHOTS = 'test-results';

describe('the side panel on the desk', () => {
  let kizuki: KizukiBrowser;
  const deskUrl = inject('deskUrl');

  beforeAll(async () => {
    kizuki = await launchKizuki({ locale: 'en-US', colorScheme: 'light' });
    await mkdir(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => kizuki?.close());

  async function deskWithPanel(scenario: string, lang: Lang) {
    const desk = await kizuki.openDesk(deskUrl, { scenario, composer: 'textarea' });
    await desk.waitForSelector('[data-desk-ready="true"]');
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang });
    await panel.setViewportSize({ width: 360, height: 780 });
    await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
    return { desk, panel };
  }

  const prompt = (panel: Page, ruleId: string) => panel.locator(`[data-testid="prompt"][data-rule-id="${ruleId}"]`);

  for (const lang of ['en', 'ja'] as const) {
    const c = COMPLAINT[lang];

    it(`apologise-first appears while the draft explains first and leaves once it apologises first (${lang})`, async () => {
      const { desk, panel } = await deskWithPanel(c.scenario, lang);
      await desk.evaluate((text) => window.kizukiDesk.appendCustomer(text), c.customer);
      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), c.explains);

      const card = prompt(panel, 'apologise-first');
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.getAttribute('data-level')).toBe('warning');
      expect(await card.getAttribute('lang')).toBeNull(); // the message carries the conversation's language, not the card chrome
      expect(await card.locator('h3').getAttribute('lang')).toBe(lang);
      expect((await card.locator('[data-testid="prompt-trigger"] mark').textContent())?.length).toBeGreaterThan(0);
      // At most three on screen, and nothing in the panel took focus when they arrived.
      expect(await panel.locator('[data-testid="prompt"]:not([hidden])').count()).toBeLessThanOrEqual(3);
      expect(await panel.evaluate(() => document.activeElement === document.body)).toBe(true);
      await expect.poll(() => panel.getByTestId('live-region').textContent()).not.toBe('');

      // Typing keeps the very same card element on screen: no re-mount, no flicker.
      await card.evaluate((el) => ((window as unknown as { kept: Element }).kept = el));
      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), `${c.explains} `);
      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), `${c.explains}  `);
      await expect.poll(() => panel.getByTestId('draft').textContent()).toBe(`${c.explains}  `);
      expect(await card.evaluate((el) => el === (window as unknown as { kept: Element }).kept)).toBe(true);

      for (const scheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme: scheme });
        await panel.waitForTimeout(350); // let the arrival animation settle
        await panel.screenshot({ path: `${SCREENSHOTS}/panel-${lang}-${scheme}.png` });
      }
      await panel.emulateMedia({ colorScheme: 'light' });

      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), c.apologises);
      await expect.poll(() => card.getAttribute('data-state'), { timeout: 3000, interval: 50 }).toBe('done');
      await expect.poll(() => card.count(), { timeout: 5000 }).toBe(0);
      const kinds = await promptEvents(panel, 'apologise-first');
      expect(kinds).toEqual(expect.arrayContaining(['shown', 'followed']));
      await desk.close();
      await panel.close();
    });

    it(`Insert puts the phrasing into the composer, and dismiss records why (${lang})`, async () => {
      const { desk, panel } = await deskWithPanel(lang === 'en' ? 'en-supervisor-demand' : 'ja-supervisor-demand', lang);
      await desk.evaluate((text) => window.kizukiDesk.appendCustomer(text), c.customer);
      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), c.explains);
      const card = prompt(panel, 'apologise-first');
      await expect.poll(() => card.count()).toBe(1);
      const phrasing = await card.locator('q').first().textContent();

      await card.getByTestId('prompt-insert').first().click();
      await expect.poll(() => desk.evaluate(() => window.kizukiDesk.composerValue())).toContain(phrasing!);

      // Put the explanation back first so the prompt is live again, then dismiss it as wrong.
      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), c.explains);
      await expect.poll(() => card.getAttribute('data-state')).toBe('active');
      await card.getByRole('button', { name: new RegExp(`^${c.dismiss}`) }).click();
      await expect.poll(() => card.count()).toBe(0); // at once; the reason is a second, optional step
      await panel.getByTestId('dismiss-reasons').getByRole('button', { name: c.wrong }).click();
      await expect.poll(() => promptEvents(panel, 'apologise-first')).toEqual(expect.arrayContaining(['shown', 'inserted', 'dismissed:wrong']));

      // Dismissed stays dismissed for this conversation, also in a panel opened afresh.
      await panel.close();
      const reopened = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang });
      await expect.poll(() => reopened.getByTestId('draft').textContent()).toBe(c.explains);
      await reopened.waitForTimeout(300);
      expect(await prompt(reopened, 'apologise-first').count()).toBe(0);
      await desk.close();
      await reopened.close();
    });
  }

  it('has keys to insert the top suggestion and dismiss it, shown as hints', async () => {
    const { desk, panel } = await deskWithPanel('en-late-order-deadline', 'en');
    await desk.evaluate((text) => window.kizukiDesk.appendCustomer(text), COMPLAINT.en.customer);
    await desk.evaluate((text) => window.kizukiDesk.setDraft(text), COMPLAINT.en.explains);
    const card = prompt(panel, 'apologise-first');
    await expect.poll(() => card.count()).toBe(1);
    // The panel's keys, and the browser-wide shortcuts that do the same while the agent types in the tool.
    await expect.poll(() => panel.locator('footer kbd').allTextContents()).toEqual(['I', 'Alt+Shift+Y', 'D', 'Alt+Shift+D']);
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key?: { default?: string } }> };
    expect(Object.fromEntries(Object.entries(manifest.commands).map(([name, c]) => [name, c.suggested_key?.default])))
      .toEqual({ _execute_action: 'Alt+Shift+K', 'insert-top': 'Alt+Shift+Y', 'dismiss-top': 'Alt+Shift+D' });

    const phrasing = await card.locator('q').first().textContent();
    await panel.keyboard.press('i');
    await expect.poll(() => desk.evaluate(() => window.kizukiDesk.composerValue())).toContain(phrasing!);
    await desk.evaluate((text) => window.kizukiDesk.setDraft(text), COMPLAINT.en.explains);
    await expect.poll(() => card.getAttribute('data-state')).toBe('active');

    // D dismisses at once; why is asked after, and can be left unanswered.
    await panel.keyboard.press('Alt+D');
    await expect.poll(() => card.count()).toBe(0);
    expect(await panel.getByTestId('dismiss-reasons').count()).toBe(1);
    await desk.close();
    await panel.close();
  });

  it('times a call by hand on a tool that shows no call state', async () => {
    const { desk, panel } = await deskWithPanel('ja-laughed-complaint', 'en');
    const controls = panel.getByTestId('manual-call');
    await controls.getByRole('button', { name: 'Start call timer' }).click();
    await expect.poll(() => panel.getByTestId('call-state').getAttribute('data-call-state')).toBe('connected');
    await expect.poll(() => panel.getByTestId('call-timer').textContent(), { timeout: 4000 }).toMatch(/^00:0[1-9]$/);
    await controls.getByRole('button', { name: 'Hold' }).click();
    await expect.poll(() => panel.getByTestId('call-state').getAttribute('data-call-state')).toBe('on-hold');
    await controls.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => panel.getByTestId('call-state').getAttribute('data-call-state')).toBe('connected');
    await controls.getByRole('button', { name: 'End call' }).click();
    await expect.poll(() => panel.getByTestId('call-state').getAttribute('data-call-state')).toBe('ended');
    await desk.close();
    await panel.close();
  });

  it('switches language and theme in settings, and remembers them', async () => {
    const { desk, panel } = await deskWithPanel('en-first-contact-email', 'en');
    await panel.getByTestId('settings-button').click();
    await panel.getByTestId('settings-theme').selectOption('dark');
    expect(await panel.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await panel.getByTestId('settings-language').selectOption('ja');
    await expect.poll(() => panel.getByTestId('settings-button').getAttribute('aria-label')).toBe('設定');
    await panel.reload();
    await expect.poll(() => panel.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en'); // ?lang=en still pins a fresh load
    await panel.getByTestId('settings-button').click();
    await panel.getByTestId('settings-theme').selectOption('system');
    await panel.getByTestId('settings-language').selectOption('auto');
    await desk.close();
    await panel.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious or critical accessibility issue (${scheme})`, async () => {
      // A conversation of its own per scheme: the ✕ below dismisses for the rest of the conversation.
      const { desk, panel } = await deskWithPanel(scheme === 'light' ? 'en-late-order-deadline' : 'en-supervisor-demand', 'en');
      await desk.evaluate((text) => window.kizukiDesk.appendCustomer(text), COMPLAINT.en.customer);
      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), COMPLAINT.en.explains);
      await expect.poll(() => panel.locator('[data-testid="prompt"]').count()).toBeGreaterThan(0);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.getByTestId('settings-button').click();
      await panel.getByTestId('dismiss-button').first().click();
      await panel.waitForTimeout(350);
      const { violations, passes } = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
      expect(passes.map((p) => p.id)).toContain('color-contrast'); // axe really looked at the cards' colours
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await desk.close();
      await panel.close();
    });
  }
});

/** The prompt events the panel recorded for a rule, read straight from IndexedDB. */
function promptEvents(panel: Page, ruleId: string): Promise<string[]> {
  return panel.evaluate((rule) => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('kizuki');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('promptEvents').objectStore('promptEvents').getAll();
      request.onsuccess = () => {
        const rows = request.result as { ruleId: string; kind: string; reason?: string }[];
        resolve(rows.filter((r) => r.ruleId === rule).map((r) => (r.reason ? `${r.kind}:${r.reason}` : r.kind)));
        open.result.close();
      };
    };
  }), ruleId);
}
