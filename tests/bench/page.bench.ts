/**
 * `npm run bench:page` — what Kizuki costs the support tool's page, in real Chromium on the desk.
 * Three browsers are measured in turn, round after round, in the same run (the machine is shared):
 * without Kizuki, with Kizuki installed but not watching the page, and with Kizuki watching it.
 *  - main-thread time added while a 2,000-message conversation streams 20 messages a second and
 *    the agent types 8 characters a second;
 *  - customer message → prompt showing in the side panel;
 *  - keystroke → the prompt list updating; keystroke → the draft shown, with 2,000 messages on the page;
 *  - the content script's size, gzipped.
 * BENCH_ROUNDS, BENCH_STREAM_SECONDS and BENCH_TRIALS change the run's length; BENCH_PROFILE_TOP=1
 * also prints the content script's heaviest functions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ensureChromium } from '../e2e/chromium';
import { EXTENSION_DIR, launchKizuki } from '../e2e/harness';
import { startDesk } from '../desk/serve.mjs';
import { formatMs, median, percentile } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const STREAM_SECONDS = Number(process.env.BENCH_STREAM_SECONDS ?? 20);
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
const BREAKDOWN = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration', 'V8CompileDuration'] as const;
type Breakdown = Record<(typeof BREAKDOWN)[number] | 'GC', number>;

/**
 * CPU time of every page renderer's main thread so far (Linux: the thread-group leader's
 * schedstat, in ns). Unlike the tasks' wall time, it does not grow while other processes on a
 * busy machine hold the CPU.
 */
function rendererMainThreadCpuMs(): Map<number, number> {
  const times = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split(/[\0 ]/);
      if (!args.includes('--type=renderer') || args.includes('--extension-process')) continue;
      times.set(Number(entry), Number(readFileSync(`/proc/${entry}/schedstat`, 'utf8').split(' ')[0]) / 1e6);
    } catch {
      // the process ended meanwhile
    }
  }
  return times;
}

/** The desk's renderer is the one whose main thread worked hardest during the stream. */
function deskCpuMs(before: Map<number, number>, after: Map<number, number>): number {
  return Math.max(0, ...[...after].map(([pid, ms]) => ms - (before.get(pid) ?? 0)));
}

async function streamAndType(page: Page): Promise<{ taskMs: number; cpuMs: number; wallMs: number; contentScriptMs: number; breakdown: Breakdown }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // The V8 profiler samples every script on the page's main thread, the content script's isolated
  // world included, so its own time can be told apart from the support tool's.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return new Map(list.map((m) => [m.name, m.value]));
  };
  await page.locator('[data-desk-composer]').first().click();
  const before = await metrics();
  const cpuBefore = rendererMainThreadCpuMs();
  const started = Date.now();
  await page.evaluate((seconds) => {
    let n = 0;
    const timer = setInterval(() => window.kizukiDesk.appendCustomer(`Message ${n++}: is there any update on my order?`), 50);
    setTimeout(() => clearInterval(timer), seconds * 1000);
  }, STREAM_SECONDS);
  const typed = 'Thanks for waiting, I am checking the delivery date for you now. '.repeat(4).slice(0, STREAM_SECONDS * 8);
  await page.keyboard.type(typed, { delay: 125 });
  const wallMs = Date.now() - started;
  const cpuMs = deskCpuMs(cpuBefore, rendererMainThreadCpuMs());
  const after = await metrics();
  const spent = (name: string) => ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const breakdown = Object.fromEntries(BREAKDOWN.map((name) => [name, spent(name)])) as Breakdown;
  const samples = sampledStacks(profile);
  breakdown.GC = namedTimeMs(samples, '(garbage collector)');
  if (process.env.BENCH_PROFILE_TOP) topExtensionFunctions(samples);
  return { taskMs: spent('TaskDuration'), cpuMs, wallMs, contentScriptMs: extensionTimeMs(samples), breakdown };
}

interface CpuProfile {
  nodes: { id: number; children?: number[]; callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

type ProfileNode = CpuProfile['nodes'][number];

/** Each sample of the profile: its time and its stack, innermost frame first. */
function sampledStacks(profile: CpuProfile): { micros: number; stack: ProfileNode[] }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  return (profile.samples ?? []).map((id, i) => {
    const stack: ProfileNode[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) stack.push(byId.get(cur)!);
    return { micros: profile.timeDeltas?.[i + 1] ?? 0, stack };
  });
}

const isKizuki = (node: ProfileNode) => node.callFrame.url.startsWith('chrome-extension://');

/**
 * Sampled time spent in Kizuki's code (chrome-extension:// scripts), including the browser's
 * own functions it calls (querySelectorAll, textContent…), which the profile shows as frames
 * without a script of their own.
 */
function extensionTimeMs(samples: ReturnType<typeof sampledStacks>): number {
  return samples.reduce((sum, { micros, stack }) => sum + (stack.some(isKizuki) ? micros : 0), 0) / 1000;
}

/** Sampled time in one of V8's own nodes, such as "(garbage collector)". */
function namedTimeMs(samples: ReturnType<typeof sampledStacks>, functionName: string): number {
  return samples.reduce((sum, { micros, stack }) => sum + (stack[0]?.callFrame.functionName === functionName ? micros : 0), 0) / 1000;
}

/** With BENCH_PROFILE_TOP=1: the content script's heaviest functions (bundle line:column), to see where its time goes. */
function topExtensionFunctions(samples: ReturnType<typeof sampledStacks>) {
  const total = new Map<string, number>();
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
  for (const { micros, stack } of samples) {
    for (const frame of new Set(stack.filter(isKizuki).map(name))) total.set(frame, (total.get(frame) ?? 0) + micros);
  }
  console.log([...total].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `    ${(v / 1000).toFixed(1)} ms ${k}`).join('\n'));
}

async function openDeskPage(context: BrowserContext, deskUrl: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${deskUrl}?scenario=en-howto-calm&composer=textarea`);
  await page.waitForSelector('[data-desk-root][data-desk-ready="true"]', { state: 'attached' });
  // A fresh profile opens Kizuki's welcome page on install; a desk left behind it would be
  // throttled as a background tab, and the rounds would compare a busy page with an idle one.
  await page.bringToFront();
  return page;
}

interface Round {
  /** Main-thread CPU time over the run's wall time. */
  cpuPercent: number;
  /** Main-thread tasks' wall time over the run's (Chromium's TaskDuration). */
  busyPercent: number;
  ownPercent: number;
  breakdown: Breakdown;
}

/**
 * `off`: a browser without Kizuki. `unwatched`: Kizuki installed, the desk served from an address
 * it does not watch (no content script on the page). `on`: Kizuki watching the desk.
 */
type Condition = 'off' | 'unwatched' | 'on';
const CONDITIONS: Condition[] = ['off', 'unwatched', 'on'];

async function mainThreadRound(condition: Condition, deskUrl: string): Promise<Round> {
  let context: BrowserContext;
  if (condition !== 'off') {
    context = (await launchKizuki()).context;
  } else {
    context = await chromium.launchPersistentContext('', {
      // The same browser settings as launchKizuki, without the extension.
      executablePath: CHROMIUM, headless: false, args: CHROMIUM_FLAGS, viewport: { width: 1280, height: 800 },
      locale: 'en-US', colorScheme: 'light',
    });
  }
  try {
    const page = await openDeskPage(context, deskUrl);
    await seed(page);
    await page.waitForTimeout(1500);
    const { taskMs, cpuMs, wallMs, contentScriptMs, breakdown } = await streamAndType(page);
    const percent = (ms: number) => (ms / wallMs) * 100;
    return {
      cpuPercent: percent(cpuMs),
      busyPercent: percent(taskMs),
      ownPercent: percent(contentScriptMs),
      breakdown: Object.fromEntries(Object.entries(breakdown).map(([name, ms]) => [name, percent(ms)])) as Breakdown,
    };
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

    // The same pipeline with a long conversation on the page: 2,000 messages, the agent typing.
    const keystrokeToDraftLong: number[] = [];
    await page.evaluate((scenario) => window.kizukiDesk.load(scenario), 'en-howto-calm');
    await panel.waitForFunction(() => document.querySelector('[data-testid="session-header"]')?.getAttribute('data-conversation-id') === 'en-howto-calm');
    await seed(page);
    await page.waitForTimeout(1500);
    await page.locator('[data-desk-composer]').first().click();
    let typed = '';
    for (let trial = 0; trial < LATENCY_TRIALS; trial++) {
      const key = 'abcdefghij'[trial % 10]!;
      typed += key;
      await panel.evaluate(`(() => {
        const shows = () => document.querySelector('[data-testid="draft"]')?.textContent === ${JSON.stringify(typed)};
        window.benchWait = new Promise((resolve) => {
          new MutationObserver((_, observer) => {
            if (shows()) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
          }).observe(document.body, { subtree: true, childList: true, characterData: true });
        });
      })()`);
      await page.keyboard.type(key);
      const shownAt = await panelSettled(panel);
      keystrokeToDraftLong.push(shownAt - (await page.evaluate(() => (window as unknown as { benchInputAt: number }).benchInputAt)));
      await page.waitForTimeout(60);
    }
    return { messageToPrompt, keystrokeToUpdate, keystrokeToDraftLong };
  } finally {
    await kizuki.close();
  }
}

async function main() {
  ensureChromium();
  const desk = await startDesk({ port: 0 });
  // Another loopback address: the same desk, at an address Kizuki's content script does not match.
  const unwatchedDesk = await startDesk({ port: 0, host: '127.0.0.2' });
  try {
    const rounds: Record<Condition, Round[]> = { off: [], unwatched: [], on: [] };
    const deskFor = { off: desk.url, unwatched: unwatchedDesk.url, on: desk.url };
    for (let round = 0; round < ROUNDS; round++) {
      // Which goes first rotates too, so a machine that slows down or speeds up over the run favours none.
      for (let k = 0; k < CONDITIONS.length; k++) {
        const condition = CONDITIONS[(round + k) % CONDITIONS.length]!;
        rounds[condition].push(await mainThreadRound(condition, deskFor[condition]));
      }
      const [a, u, b] = CONDITIONS.map((c) => rounds[c].at(-1)!) as [Round, Round, Round];
      const parts = (r: Round) => Object.entries(r.breakdown).map(([name, value]) => `${name.replace('Duration', '')} ${value.toFixed(1)}`).join(', ');
      console.log(`round ${round + 1}, main thread CPU: ${a.cpuPercent.toFixed(2)}% off, ${u.cpuPercent.toFixed(2)}% installed, ${b.cpuPercent.toFixed(2)}% watching; tasks' wall time: ${a.busyPercent.toFixed(2)}% / ${u.busyPercent.toFixed(2)}% / ${b.busyPercent.toFixed(2)}%; content script's own code ${b.ownPercent.toFixed(2)}%`);
      console.log(`  off: ${parts(a)}\n  on:  ${parts(b)}`);
    }
    const own = rounds.on.map((r) => r.ownPercent);
    const { messageToPrompt, keystrokeToUpdate, keystrokeToDraftLong } = await latencies(desk.url);
    const bundle = readFileSync(`${EXTENSION_DIR}/content-scripts/content.js`);
    console.log(`\nKizuki on the page (real Chromium, desk, 2,000 messages, 20 msg/s streamed, 8 chars/s typed, ${STREAM_SECONDS} s, median of ${ROUNDS} rounds)`);
    for (const [label, of] of [['main thread CPU time', (r: Round) => r.cpuPercent], ["main thread tasks' wall time", (r: Round) => r.busyPercent]] as const) {
      const [off, unwatched, on] = CONDITIONS.map((c) => rounds[c].map(of)) as [number[], number[], number[]];
      const paired = (x: number[], y: number[]) => median(y.map((value, i) => value - x[i]!));
      console.log(`  ${label}: ${median(off).toFixed(2)}% without Kizuki, ${median(unwatched).toFixed(2)}% installed but not watching, ${median(on).toFixed(2)}% watching`);
      console.log(`    added by Kizuki watching (on − off): ${(median(on) - median(off)).toFixed(2)}% of the run; median of the rounds' differences ${paired(off, on).toFixed(2)}% (target < 3%)`);
      console.log(`    by the content script alone (watching − installed): ${(median(on) - median(unwatched)).toFixed(2)}%; rounds' median ${paired(unwatched, on).toFixed(2)}%`);
    }
    console.log(`  the content script's own code, from the profiler's samples (its JS and the DOM calls it makes): ${median(own).toFixed(2)}% of the run`);
    console.log(`  message → prompt in the side panel: p50 ${formatMs(median(messageToPrompt))}, p95 ${formatMs(percentile(messageToPrompt, 95))} (target p95 < 100 ms; ${messageToPrompt.length} trials)`);
    console.log(`  keystroke → prompt list updated:    p50 ${formatMs(median(keystrokeToUpdate))}, p95 ${formatMs(percentile(keystrokeToUpdate, 95))} (target p95 < 50 ms; ${keystrokeToUpdate.length} trials)`);
    console.log(`  keystroke → draft shown in the panel, 2,000-message conversation: p50 ${formatMs(median(keystrokeToDraftLong))}, p95 ${formatMs(percentile(keystrokeToDraftLong, 95))} (${keystrokeToDraftLong.length} trials)`);
    console.log(`  content script: ${(bundle.length / 1024).toFixed(1)} KB, ${(gzipSync(bundle).length / 1024).toFixed(1)} KB gzipped (target < 15 KB)`);
  } finally {
    await desk.close();
    await unwatchedDesk.close();
  }
}

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
