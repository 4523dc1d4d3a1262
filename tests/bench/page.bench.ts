/**
 * `npm run bench:page` — what Kizuki costs the support tool's page, in real Chromium on the desk.
 * Extension off and on are measured alternately in the same run (the machine is shared):
 *  - main-thread time added while a 2,000-message conversation streams 20 messages a second and
 *    the agent types 8 characters a second;
 *  - customer message → prompt showing in the side panel;
 *  - keystroke → the prompt list updating;
 *  - the content script's size, gzipped.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ensureChromium } from '../e2e/chromium';
import { EXTENSION_DIR, launchKizuki, type KizukiBrowser } from '../e2e/harness';
import { startDesk } from '../desk/serve.mjs';
import { formatMs, median, percentile } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STREAM_SECONDS = Number(process.env.BENCH_STREAM_SECONDS ?? 10);
const SEED_MESSAGES = 2000;
const LATENCY_TRIALS = Number(process.env.BENCH_TRIALS ?? 30);
const UPSET = 'This is ridiculous!! I have waited two weeks and nobody answers. I am furious.';

/** Fills the open conversation with 2,000 messages, as a long-running chat would have. */
async function seed(page: Page) {
  await page.evaluate((count) => {
    for (let i = 0; i < count; i++) {
      if (i % 2) window.kizukiDesk.appendAgent(`Thanks, I have checked order #${1000 + i} for you.`);
      else window.kizukiDesk.appendCustomer(`Could you check order #${1000 + i}, please?`);
    }
  }, SEED_MESSAGES);
}

/** Streams customer messages at 20/s while the agent types at 8 characters/s; returns main-thread ms used. */
async function streamAndType(page: Page): Promise<{ taskMs: number; wallMs: number; contentScriptMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // The V8 profiler samples every script on the page's main thread, the content script's isolated
  // world included, so its own time can be told apart from the support tool's.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  };
  await page.locator('[data-desk-composer]').first().click();
  const before = await taskSeconds();
  const started = Date.now();
  await page.evaluate((seconds) => {
    let n = 0;
    const timer = setInterval(() => window.kizukiDesk.appendCustomer(`Message ${n++}: is there any update on my order?`), 50);
    setTimeout(() => clearInterval(timer), seconds * 1000);
  }, STREAM_SECONDS);
  const typed = 'Thanks for waiting, I am checking the delivery date for you now. '.repeat(4).slice(0, STREAM_SECONDS * 8);
  await page.keyboard.type(typed, { delay: 125 });
  const wallMs = Date.now() - started;
  const taskMs = ((await taskSeconds()) - before) * 1000;
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return { taskMs, wallMs, contentScriptMs: extensionTimeMs(profile) };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Sampled time whose innermost frame is Kizuki's code (chrome-extension:// scripts). */
function extensionTimeMs(profile: CpuProfile): number {
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let micros = 0;
  profile.samples?.forEach((node, i) => {
    if (ours.has(node)) micros += profile.timeDeltas?.[i + 1] ?? 0;
  });
  return micros / 1000;
}

async function openDeskPage(context: BrowserContext, deskUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${deskUrl}?scenario=en-howto-calm&composer=textarea`);
  await page.waitForSelector('[data-desk-root][data-desk-ready="true"]', { state: 'attached' });
  return page;
}

async function mainThreadRound(withExtension: boolean, deskUrl: string): Promise<{ busyPercent: number; ownPercent: number }> {
  let kizuki: KizukiBrowser | null = null;
  let context: BrowserContext;
  if (withExtension) {
    kizuki = await launchKizuki();
    context = kizuki.context;
  } else {
    context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM, headless: false, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 800 },
    });
  }
  try {
    const page = await openDeskPage(context, deskUrl);
    await seed(page);
    await page.waitForTimeout(1500);
    const { taskMs, wallMs, contentScriptMs } = await streamAndType(page);
    return { busyPercent: (taskMs / wallMs) * 100, ownPercent: (contentScriptMs / wallMs) * 100 };
  } finally {
    await context.close();
  }
}

type PanelWait = 'shown' | 'resolved';
type PanelWindow = { benchWait?: Promise<number> };

/** Starts watching the panel for apologise-first to show (or to stop being open) before the page acts. */
async function armPanel(panel: Page, wait: PanelWait) {
  // A string, not a function: the TypeScript runner renames nested functions, which would not exist in the page.
  await panel.evaluate(`(() => {
    const open = () => document.querySelector('[data-testid="prompt"][data-rule-id="apologise-first"]:not([data-state="done"])');
    const done = () => (${JSON.stringify(wait)} === 'shown' ? !!open() : !open());
    window.benchWait = new Promise((resolve) => {
      new MutationObserver((_, observer) => {
        if (done()) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  })()`);
}

async function panelSettled(panel: Page): Promise<number> {
  return panel.evaluate(() => (window as unknown as PanelWindow).benchWait!);
}

/** Time from a page event to the side panel reflecting it, measured with both clocks on this machine. */
async function latencies(deskUrl: string) {
  const kizuki = await launchKizuki();
  try {
    const page = await openDeskPage(kizuki.context, deskUrl);
    // Beside the page, as the real side panel is: a panel opened as a tab would put the page's
    // tab in the background, where the browser slows its timers.
    const panel = await kizuki.openPanelWindow(await kizuki.tabIdOf(page));
    await page.locator('[data-desk-composer]').first().click();
    const messageToPrompt: number[] = [];
    const keystrokeToUpdate: number[] = [];
    await page.evaluate(() => {
      const w = window as unknown as { benchInputAt: number };
      document.addEventListener('input', () => { w.benchInputAt = performance.timeOrigin + performance.now(); }, true);
    });
    for (let trial = 0; trial < LATENCY_TRIALS; trial++) {
      // Alternating between two freshly loaded conversations gives each trial a new live session.
      const id = trial % 2 ? 'en-late-order-deadline' : 'en-howto-calm';
      await page.evaluate((scenario) => window.kizukiDesk.load(scenario), id);
      await panel.waitForFunction((expected) => document.querySelector('[data-testid="session-header"]')?.getAttribute('data-conversation-id') === expected, id);
      await page.waitForTimeout(100);

      await armPanel(panel, 'shown');
      const sentAt = await page.evaluate((text) => {
        const at = performance.timeOrigin + performance.now();
        window.kizukiDesk.appendCustomer(text);
        return at;
      }, UPSET);
      messageToPrompt.push((await panelSettled(panel)) - sentAt);

      await page.locator('[data-desk-composer]').first().click();
      await page.keyboard.type("I'm so sorr", { delay: 20 });
      await armPanel(panel, 'resolved');
      await page.keyboard.type('y');
      const updatedAt = await panelSettled(panel);
      const keyAt = await page.evaluate(() => (window as unknown as { benchInputAt: number }).benchInputAt);
      keystrokeToUpdate.push(updatedAt - keyAt);
      await page.evaluate(() => window.kizukiDesk.setDraft(''));
    }
    return { messageToPrompt, keystrokeToUpdate };
  } finally {
    await kizuki.close();
  }
}

async function main() {
  ensureChromium();
  const desk = await startDesk({ port: 0 });
  try {
    const off: number[] = [];
    const on: number[] = [];
    const own: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      off.push((await mainThreadRound(false, desk.url)).busyPercent);
      const withKizuki = await mainThreadRound(true, desk.url);
      on.push(withKizuki.busyPercent);
      own.push(withKizuki.ownPercent);
      console.log(`round ${round + 1}: main thread busy ${off.at(-1)!.toFixed(2)}% off, ${on.at(-1)!.toFixed(2)}% on; content script's own sampled time ${own.at(-1)!.toFixed(2)}%`);
    }
    const { messageToPrompt, keystrokeToUpdate } = await latencies(desk.url);
    const bundle = readFileSync(`${EXTENSION_DIR}/content-scripts/content.js`);
    console.log('\nKizuki on the page (real Chromium, desk, 2,000 messages, 20 msg/s streamed, 8 chars/s typed)');
    console.log(`  main thread busy, median of ${ROUNDS}: ${median(off).toFixed(2)}% without Kizuki, ${median(on).toFixed(2)}% with`);
    console.log(`  added by the content script: ${(median(on) - median(off)).toFixed(2)}% of the run by on−off difference; ${median(own).toFixed(2)}% by the profiler's samples of its own code (target < 3%)`);
    console.log(`  message → prompt in the side panel: p50 ${formatMs(median(messageToPrompt))}, p95 ${formatMs(percentile(messageToPrompt, 95))} (target p95 < 100 ms; ${messageToPrompt.length} trials)`);
    console.log(`  keystroke → prompt list updated:    p50 ${formatMs(median(keystrokeToUpdate))}, p95 ${formatMs(percentile(keystrokeToUpdate, 95))} (target p95 < 50 ms; ${keystrokeToUpdate.length} trials)`);
    console.log(`  content script: ${(bundle.length / 1024).toFixed(1)} KB, ${(gzipSync(bundle).length / 1024).toFixed(1)} KB gzipped (target < 15 KB)`);
  } finally {
    await desk.close();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
