/**
 * `npm run demo`: builds Kizuki, starts the desk, and plays a call and a chat in Chromium with
 * the extension loaded; on the chat it inserts the top suggestion into the reply, and it ends
 * by saying what to try next. With a display it opens real windows; without one it runs headless,
 * walks the scenario step by step, prints what the side panel shows, and saves screenshots
 * of the desk and the panel to demo-output/. It always ends by itself.
 */
import { execSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureChromium } from '../e2e/chromium';
import { launchKizuki } from '../e2e/harness';
import { startDesk } from '../desk/serve.mjs';
import { loadScenarios } from '../desk/scenarios';

const OUT = resolve('demo-output');
// A Japanese call and an English chat.
const SCENARIOS = (process.env.KIZUKI_DEMO_SCENARIOS ?? 'ja-late-catalog-second-call,en-late-order-deadline').split(',');
const STEP_SETTLE_MS = 700;
const HARD_LIMIT_MS = 5 * 60_000;

async function panelText(panel: Page): Promise<string> {
  return panel.evaluate(() => {
    const header = document.querySelector('[data-testid="session-header"]')?.textContent?.trim() ?? '';
    const prompts = [...document.querySelectorAll('[data-testid="prompt"]')].map((card) => {
      const rule = card.getAttribute('data-rule-id');
      const message = card.querySelector('h3')?.textContent ?? '';
      return `    • [${card.getAttribute('data-level')}] ${rule}: ${message}`;
    });
    const customer = document.querySelector('[data-testid="latest-customer-message"]')?.textContent ?? '';
    const draft = document.querySelector('[data-testid="draft"]')?.textContent ?? '';
    return [`  header : ${header}`, `  customer: ${customer}`, `  draft  : ${draft}`,
      prompts.length ? `  prompts:\n${prompts.join('\n')}` : '  prompts: (none)'].join('\n');
  });
}

/** On a chat, what Insert does: the top suggestion's first phrasing goes into the reply at the caret. */
async function insertTopSuggestion(page: Page, panel: Page, shot: string) {
  const insert = panel.locator('[data-testid="prompt"][data-state="active"] [data-testid="prompt-insert"]').first();
  if (!(await insert.count())) return;
  await insert.click();
  await page.waitForTimeout(STEP_SETTLE_MS);
  console.log(`Insert (the top suggestion's first phrasing) → the reply now reads: ${await page.evaluate(() => window.kizukiDesk.composerValue())}`);
  await page.screenshot({ path: `${shot}-desk.png` });
  await panel.screenshot({ path: `${shot}-panel.png` });
}

const TRY_NEXT = `
What to try next
  • Load Kizuki into your own browser: npm run build, then chrome://extensions → Developer mode →
    Load unpacked → .output/chrome-mv3. The first install opens a welcome page.
  • Work a conversation yourself on the desk: npm run desk, then open
    http://127.0.0.1:5178/desk/?scenario=en-late-order-deadline and type a reply in the composer.
    Alt+Shift+Y inserts the top suggestion while you type, Alt+Shift+D dismisses it.
    (This run's desk was at $DESK.)
  • Set your name for customers in the panel's settings: greetings then introduce you by it.
  • Check a conversation from the command line:
    npx kizuki check tests/fixtures/conversations/en-late-order-deadline.json --json
  • Team leads: the console (options.html, or "Open the console" in the panel's settings) edits,
    tests and shares the rules.`;

async function main() {
  const watchdog = setTimeout(() => {
    console.error('The demo took longer than five minutes and was stopped.');
    process.exit(1);
  }, HARD_LIMIT_MS);
  watchdog.unref();

  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension…');
    // The demo plays on the stand-in desk, which only the test build reads (see wxt.config.ts).
    execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, KIZUKI_TEST_DESK: '1' } });
  }
  ensureChromium();
  const desk = await startDesk({ port: 0 });
  const interactive = !!process.env.DISPLAY && !process.env.CI && !process.argv.includes('--headless');
  console.log(`Desk at ${desk.url} · ${interactive ? 'opening a window' : 'headless'}`);
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });

  const kizuki = await launchKizuki({ headed: interactive });
  const scenarios = new Map(loadScenarios().map((s) => [s.id, s]));
  try {
    for (const id of SCENARIOS) {
      const scenario = scenarios.get(id);
      if (!scenario) throw new Error(`No desk scenario called "${id}".`);
      console.log(`\n▶ ${scenario.title} (${scenario.lang}, ${scenario.channel})`);
      const page = await kizuki.openDesk(desk.url, { scenario: id, composer: 'prosemirror' });
      await page.setViewportSize({ width: 1100, height: 760 });
      const panel = await kizuki.openPanel(await kizuki.tabIdOf(page), { lang: scenario.lang });
      await panel.setViewportSize({ width: 380, height: 760 });
      for (let step = 1; step <= scenario.steps.length; step++) {
        await page.evaluate(() => window.kizukiDesk.step());
        await page.waitForTimeout(STEP_SETTLE_MS);
        const shot = `${id}-${String(step).padStart(2, '0')}`;
        await page.screenshot({ path: join(OUT, `${shot}-desk.png`) });
        await panel.screenshot({ path: join(OUT, `${shot}-panel.png`) });
        console.log(`step ${step}/${scenario.steps.length}\n${await panelText(panel)}`);
      }
      if (scenario.channel !== 'voice') await insertTopSuggestion(page, panel, join(OUT, `${id}-inserted`));
      if (interactive) {
        console.log('The windows stay open for two minutes; close the browser to finish sooner.');
        await Promise.race([page.waitForEvent('close', { timeout: 120_000 }).catch(() => {}), new Promise((r) => kizuki.context.once('close', r))]);
      }
    }
    console.log(`\nScreenshots saved to ${OUT}`);
    console.log(TRY_NEXT.replace('$DESK', desk.url));
  } finally {
    await kizuki.close();
    await desk.close();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
