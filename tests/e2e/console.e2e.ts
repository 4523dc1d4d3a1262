import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchKizuki, type KizukiBrowser } from './harness';
import { PACK_FETCH_TIMEOUT_MS } from '../../lib/input/limits';

/**
 * The team lead's console (options.html) in real Chromium: write a rule in the form, test it
 * on the bench, ship it to the desk; refuse a broken pack; revert; subscribe; see adherence.
 */
const RULE_ID = 'offer-the-refund-form';
const SCREENSHOTS = 'test-results';

const rowOf = (page: Page, id: string) => page.locator(`[data-testid="rule-row"][data-rule-id="${id}"]`);
const jsonText = (page: Page) => page.getByTestId('rule-json').locator('.cm-content').innerText();

describe('the team lead console', () => {
  let kizuki: KizukiBrowser;
  let page: Page;
  const deskUrl = inject('deskUrl');

  beforeAll(async () => {
    kizuki = await launchKizuki();
    await mkdir(SCREENSHOTS, { recursive: true });
    page = await kizuki.extensionPage('options.html');
    await page.getByTestId('profile-name').fill('Aiko Sato');
    await page.getByTestId('profile-name').press('Enter');
  });
  afterAll(async () => kizuki?.close());

  async function open(route: string) {
    await page.goto(`chrome-extension://${kizuki.extensionId}/options.html#/${route}`);
    await page.waitForSelector('main h2');
  }

  it('creates a rule in the form, shows its JSON, takes an example from the bench, saves it, and it fires on the desk', async () => {
    await open('rules/new');
    await page.getByTestId('rule-id').fill(RULE_ID);
    await page.getByTestId('rule-level').selectOption('nudge');
    await page.getByTestId('rule-category').fill('process');
    await page.getByTestId('when-customerLast-phrases').fill('refund\n返金');
    await page.getByTestId('check-exists-phrases').fill('refund form\n返金フォーム');
    await page.getByTestId('rule-message-en').fill('Point the customer to the refund form.');
    await page.getByTestId('rule-message-ja').fill('返金フォームをご案内しましょう。');
    await page.getByTestId('rule-why-en').fill('The form is the fastest way to a refund.');
    await page.getByTestId('rule-why-ja').fill('フォームが返金へのいちばんの近道です。');

    await expect.poll(() => jsonText(page)).toContain(`"id": "${RULE_ID}"`);
    expect(await jsonText(page)).toContain('"refund form"');

    await page.getByTestId('bench-input').fill('customer: I want a refund for this order.\ndraft: Let me check that for you.');
    const fired = page.locator(`[data-testid="bench-prompt"][data-rule-id="${RULE_ID}"]`);
    await fired.waitFor();
    expect(await fired.getByTestId('bench-trigger').innerText()).toContain('refund');
    expect(await page.getByTestId('bench-quiet').count()).toBeGreaterThan(0);

    // The same conversation as a "quiet" example fails, and a failing example blocks saving it enabled.
    await page.getByTestId('bench-add-quiet').click();
    await page.locator('[data-testid="example-result"][data-passed="false"]').waitFor();
    expect(await page.getByTestId('save-rule').isDisabled()).toBe(true);
    await page.getByTestId('save-blocked').waitFor();
    await page.locator('[data-testid="example-result"][data-passed="false"]').getByRole('button').click();

    await page.getByTestId('bench-add-fire').click();
    await page.locator('[data-testid="example-result"][data-expect="fire"][data-passed="true"]').waitFor();
    await expect.poll(() => jsonText(page)).toContain('"I want a refund for this order."');
    await expect.poll(() => page.getByTestId('save-rule').isDisabled()).toBe(false);
    await page.getByTestId('test-bench').screenshot({ path: `${SCREENSHOTS}/console-bench.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SCREENSHOTS}/console-rule-editor.png` });
    await page.getByTestId('save-rule').click();
    await page.getByTestId('save-status').waitFor();

    await open('rules');
    await rowOf(page, RULE_ID).waitFor();
    expect(await rowOf(page, RULE_ID).getAttribute('data-source')).toBe('team');

    const desk = await kizuki.openDesk(deskUrl, { scenario: 'en-howto-calm', composer: 'textarea' });
    await desk.waitForSelector('[data-desk-ready="true"]');
    const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang: 'en' });
    await desk.evaluate(() => window.kizukiDesk.appendCustomer('Hello, I would like a refund for my order please.'));
    await desk.evaluate(() => window.kizukiDesk.setDraft('Let me look into that.'));
    await panel.locator(`[data-testid="prompt"][data-rule-id="${RULE_ID}"]`).waitFor({ timeout: 15_000 });
    await desk.close();
    await panel.close();
  });

  it('refuses a broken pack whole, naming each problem by its JSON path, and changes nothing', async () => {
    await open('rules');
    const teamBefore = await page.locator('[data-testid="rule-row"][data-source="team"]').count();
    const broken = {
      format: 1,
      id: 'broken-pack',
      name: 'Broken',
      rules: [
        { id: 'too-loud', level: 'loud', category: 'tone', when: { upset: true }, message: { en: 'x' }, why: { en: 'y' } },
        { id: 'unknown-lexicon', level: 'tip', category: 'tone', when: { customerLast: { lexicon: 'nowhere' } }, message: { en: 'x' }, why: { en: 'y' } },
      ],
    };
    await open('packs');
    await page.getByTestId('pack-import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByTestId('import-refused').waitFor();
    const paths = await page.getByTestId('import-problem').evaluateAll((items) => items.map((li) => li.getAttribute('data-path')));
    expect(paths).toContain('rules[0].level');
    expect(await page.getByTestId('import-apply').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/console-import-refused.png` });

    // A pack that is valid as JSON Schema but names a lexicon it does not have is refused too.
    const { level: _level, ...fine } = broken.rules[0]!;
    await page.getByTestId('pack-import-file').setInputFiles({ name: 'broken2.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...broken, rules: [{ ...fine, level: 'tip' }, broken.rules[1]] })) });
    await expect.poll(() => page.getByTestId('import-problem').first().getAttribute('data-path')).toBe('rules[1].when.customerLast.lexicon');

    await open('rules');
    await rowOf(page, RULE_ID).waitFor();
    expect(await page.locator('[data-testid="rule-row"][data-source="team"]').count()).toBe(teamBefore);
    expect(await rowOf(page, 'too-loud').count()).toBe(0);
  });

  it('reverts a rule to an earlier version', async () => {
    await open(`rules/${RULE_ID}`);
    await page.getByTestId('rule-level').selectOption('warning');
    await expect.poll(() => jsonText(page)).toContain('"level": "warning"');
    await page.getByTestId('save-rule').click();
    await page.getByTestId('save-status').waitFor();
    await expect.poll(() => page.getByTestId('history-version').count()).toBe(2);

    await page.getByTestId('history-revert').first().click();
    await expect.poll(() => page.getByTestId('rule-level').inputValue()).toBe('nudge');
    await expect.poll(() => page.getByTestId('history-version').count()).toBe(3);
    expect(await page.getByTestId('history-version').first().innerText()).toContain('Aiko Sato');

    await open('rules');
    expect(await rowOf(page, RULE_ID).innerText()).toMatch(/nudge/i);
  });

  describe('pack subscription', () => {
    let server: Server;
    let served = '';
    const seen: { etag?: string }[] = [];
    const goodPack = {
      format: 1, id: 'hq-pack', name: 'HQ coaching', version: '2026.11',
      rules: [{ id: 'hq-thanks', level: 'tip', category: 'tone', when: { customerLast: { phrases: ['invoice'] } }, check: { exists: { phrases: ['thank you'] } }, message: { en: 'Thank them for flagging the invoice.' }, why: { en: 'Thanks lower the temperature.' } }],
    };

    beforeAll(async () => {
      server = createServer((req, res) => {
        const headers = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'if-none-match', 'access-control-expose-headers': 'etag' };
        if (req.method === 'OPTIONS') return void res.writeHead(204, headers).end();
        seen.push({ etag: req.headers['if-none-match'] });
        const etag = `"${createHash('sha1').update(served).digest('hex').slice(0, 12)}"`;
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ...headers, etag }).end();
        res.writeHead(200, { ...headers, 'content-type': 'application/json', etag }).end(served);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });
    afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

    it('refuses plain http to another host, applies a local pack, and keeps it when a refresh breaks', async () => {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pack.json`;
      await open('packs');
      await page.getByTestId('subscription-url').fill('http://packs.example.com/team.json');
      await page.getByTestId('subscription-save').click();
      expect(await page.getByTestId('subscription-refused').innerText()).toMatch(/only allowed for localhost.*https:\/\//);
      expect(seen).toHaveLength(0);

      served = JSON.stringify(goodPack);
      await page.getByTestId('subscription-url').fill(url);
      await page.getByTestId('subscription-save').click();
      await expect.poll(() => page.getByTestId('subscription-pack').innerText()).toContain('HQ coaching');
      expect(await page.getByTestId('subscription-status').getAttribute('data-error')).toBe('');

      // A refresh started elsewhere on the same change (the background's) keeps the button disabled
      // until it ends, or until its deadline plus 5 s if it never reports back: wait that long.
      const refreshWait = { timeout: PACK_FETCH_TIMEOUT_MS + 10_000 };
      await page.getByTestId('subscription-refresh').click(refreshWait);
      await expect.poll(() => seen.at(-1)?.etag).toBeTruthy();

      await open('rules');
      await rowOf(page, 'hq-thanks').waitFor();
      expect(await rowOf(page, 'hq-thanks').getAttribute('data-source')).toBe('subscription');

      const desk = await kizuki.openDesk(deskUrl, { scenario: 'en-howto-calm', composer: 'textarea' });
      await desk.waitForSelector('[data-desk-ready="true"]');
      const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang: 'en' });
      await desk.evaluate(() => window.kizukiDesk.appendCustomer('The invoice total looks wrong to me.'));
      await desk.evaluate(() => window.kizukiDesk.setDraft('Let me check.'));
      await panel.locator('[data-testid="prompt"][data-rule-id="hq-thanks"]').waitFor({ timeout: 15_000 });
      await desk.close();
      await panel.close();

      served = JSON.stringify({ ...goodPack, rules: [{ ...goodPack.rules[0], level: 'shouty' }] });
      await open('packs');
      await page.getByTestId('subscription-refresh').click(refreshWait);
      const error = page.getByTestId('subscription-error');
      await error.waitFor();
      expect(await error.innerText()).toMatch(/does not match the schema[\s\S]*keeps using the last good pack[\s\S]*rules\[0\]\.level/);
      expect(await page.getByTestId('subscription-pack').innerText()).toContain('HQ coaching');
      await page.screenshot({ path: `${SCREENSHOTS}/console-subscription.png`, fullPage: true });

      await open('rules');
      await rowOf(page, 'hq-thanks').waitFor();
    });
  });

  it('charts adherence from recorded prompt events', async () => {
    // Events are written into the extension's own IndexedDB (the store the side panel records
    // into), across three ISO weeks, so the charts have real rows to aggregate.
    await page.evaluate(async (ruleId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('kizuki');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const now = Date.now();
      const day = 86_400_000;
      const plan: [string, string, number, string?][] = [];
      const rules = [ruleId, 'apologise-first', 'confirm-the-deadline', 'greet-and-introduce', 'no-laughter-when-upset'];
      rules.forEach((rule, r) => {
        for (let week = 0; week < 4; week++) {
          const shown = 6 + ((r * 3 + week * 5) % 7);
          for (let i = 0; i < shown; i++) {
            const at = now - week * 7 * day - i * 3_600_000;
            plan.push([rule, 'shown', at]);
            const roll = (i * 7 + r * 3 + week) % 10;
            if (roll < 5 - (r % 3)) plan.push([rule, 'followed', at + 60_000]);
            else if (roll < 7) plan.push([rule, 'dismissed', at + 30_000, ['not-relevant', 'already-handled', 'wrong'][(i + r) % 3]]);
            else plan.push([rule, 'ignored', at + 120_000]);
          }
        }
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('promptEvents', 'readwrite');
        for (const [rule, kind, at, reason] of plan) tx.objectStore('promptEvents').add({ sessionId: `e2e-${Math.floor(at / day)}`, ruleId: rule, kind, at, lang: 'en', ...(reason ? { reason } : {}) });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, RULE_ID);

    await open('adherence');
    await page.getByTestId('chart-weekly').waitFor();
    await page.getByTestId('chart-per-rule').waitFor();
    // The chart draws (and animates) after the events are read: poll until it is inked.
    const inked = () => page.getByTestId('chart-weekly').evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) count++;
      return count;
    });
    await expect.poll(inked).toBeGreaterThan(1000);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.screenshot({ path: `${SCREENSHOTS}/console-adherence.png`, fullPage: true });

    await open('rules');
    await expect.poll(async () => Number(await rowOf(page, 'apologise-first').locator('td').nth(3).innerText())).toBeGreaterThan(0);
  });
});
