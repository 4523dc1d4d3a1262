import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium';

/** The slice of the extension API used from inside the service worker. */
interface ExtensionGlobals {
  chrome: {
    tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
    scripting: { executeScript(injection: { target: { tabId: number }; func: (name: string) => unknown; args: [string] }): Promise<{ result?: unknown }[]> };
    windows: { create(options: { url: string; type: string; width: number; height: number }): Promise<unknown> };
  };
}

/** The attribute tabIdOf marks a page with, for the moment it looks for the page's tab. */
const TAB_MARK = 'data-kizuki-tab-mark';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/**
 * How long a fresh browser may take to show its first page as detected: the panel's session
 * exists once the background has loaded the engine (about 1 MB) and read the first conversation,
 * which on two shared cores can take longer than the 5 s the other polls allow.
 */
export const COLD_START_MS = 20_000;

export interface KizukiBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Opens the desk (`/desk/?…`) in a new tab. */
  openDesk(deskUrl: string, params?: Record<string, string>): Promise<Page>;
  /**
   * Opens a page of the classic site (`startDesk({ classic: true })`), such as
   * `/Ticket/Display.html?id=101` or `/mail/?_task=mail&_mbox=INBOX`, in a new tab and waits
   * for `kizukiClassic.ready` (the editor started, the ticket's history arrived).
   */
  openClassic(classicUrl: string, path: string): Promise<Page>;
  /** The browser's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens `sidepanel.html?tabId=N` as a tab, as the side panel is tested. */
  openPanel(tabId: number, extra?: Record<string, string>): Promise<Page>;
  /**
   * Opens the panel in a window of its own beside the page, as the real side panel sits: the
   * page's tab stays in front, so the browser does not slow its timers as it does for a tab
   * in the background (what latency measurements need).
   */
  openPanelWindow(tabId: number, extra?: Record<string, string>): Promise<Page>;
  extensionPage(path: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  userDataDir?: string;
  /** Open real windows (the demo on a machine with a display). */
  headed?: boolean;
}

/** Real Chromium with the built extension loaded, in a fresh (or given) profile. */
export async function launchKizuki(options: LaunchOptions = {}): Promise<KizukiBrowser> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'kizuki-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // the new headless mode is passed in the flags: it is the one that runs extensions
    args: [...CHROMIUM_FLAGS.filter((flag) => !(options.headed && flag.startsWith('--headless'))), `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 800 },
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;

  const extensionPage = async (path: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  };

  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async openDesk(deskUrl, params = {}) {
      const page = await context.newPage();
      const url = new URL(deskUrl);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      await page.goto(url.toString());
      await page.waitForSelector('[data-desk-root][data-desk-ready="true"]', { state: 'attached' });
      return page;
    },
    async openClassic(classicUrl, path) {
      const page = await context.newPage();
      await page.goto(new URL(path, classicUrl).toString());
      await waitForClassic(page);
      return page;
    },
    async tabIdOf(page) {
      // Kizuki has no "tabs" permission, so the browser does not tell it a page's address. The
      // test build may script the stand-in desk's hosts: mark the page, and ask every tab for the mark.
      const mark = `kizuki-tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const marked = await page.evaluate(([name, value]) => document.documentElement.setAttribute(name, value), [TAB_MARK, mark] as const)
        .then(async () => (await workerFor(context, serviceWorker)).evaluate(async ([attribute, value]) => {
          const { tabs, scripting } = (globalThis as unknown as ExtensionGlobals).chrome;
          const found: number[] = [];
          for (const tab of await tabs.query({})) {
            if (tab.id === undefined) continue;
            const results = await scripting.executeScript({ target: { tabId: tab.id }, func: (name: string) => document.documentElement.getAttribute(name), args: [attribute] })
              .catch(() => []); // a page Kizuki may not script: the browser's own, another host
            if (results[0]?.result === value) found.push(tab.id);
          }
          return found;
        }, [TAB_MARK, mark] as const))
        .finally(() => page.evaluate((name) => document.documentElement.removeAttribute(name), TAB_MARK).catch(() => {}));
      if (marked.length === 1) return marked[0]!;
      // A host the test build may not script: bring the page to the front of its window (the
      // panels' windows are popups) and take the one tab in front, once the browser agrees twice.
      await page.bringToFront();
      const front = async () => (await workerFor(context, serviceWorker)).evaluate(async () => {
        const tabs = await (globalThis as unknown as ExtensionGlobals).chrome.tabs.query({ active: true, windowType: 'normal' });
        return tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined);
      });
      let ids = await front();
      for (let tries = 0; tries < 20; tries++) {
        await page.waitForTimeout(50);
        const again = await front();
        if (again.join() === ids.join()) break;
        ids = again;
      }
      if (ids.length !== 1) throw new Error(`Cannot tell which browser tab shows ${page.url()}: ${ids.length} tabs are in front.`);
      return ids[0]!;
    },
    async openPanel(tabId, extra = {}) {
      const params = new URLSearchParams({ tabId: String(tabId), ...extra });
      return extensionPage(`sidepanel.html?${params}`);
    },
    async openPanelWindow(tabId, extra = {}) {
      const url = `chrome-extension://${extensionId}/sidepanel.html?${new URLSearchParams({ tabId: String(tabId), ...extra })}`;
      const opened = context.waitForEvent('page', (page) => page.url() === url);
      await (await workerFor(context, serviceWorker)).evaluate(async (target: string) => {
        await (globalThis as unknown as ExtensionGlobals).chrome.windows.create({ url: target, type: 'popup', width: 400, height: 800 });
      }, url);
      const page = await opened;
      await page.waitForLoadState();
      return page;
    },
    extensionPage,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until a classic page is whole; call it again after the page navigates (a reply sent). */
export async function waitForClassic(page: Page): Promise<void> {
  await page.waitForFunction(() => window.kizukiClassic?.ready !== undefined);
  await page.evaluate(() => window.kizukiClassic.ready);
}

/** The service worker may have been restarted since launch; use the live one. */
function currentWorker(context: BrowserContext, fallback: Worker): Worker {
  return context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://')) ?? fallback;
}

/**
 * The worker, ready for a function from this file: `npm run demo` runs under tsx, whose compiler
 * keeps function names with a `__name` helper that the worker does not have, so each worker is given one.
 */
const named = new WeakSet<Worker>();
async function workerFor(context: BrowserContext, fallback: Worker): Promise<Worker> {
  const worker = currentWorker(context, fallback);
  if (!named.has(worker)) {
    await worker.evaluate('globalThis.__name ??= (fn) => fn');
    named.add(worker);
  }
  return worker;
}
