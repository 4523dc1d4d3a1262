import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, firefoxPrefs } from './firefox';

export const EXTENSION_DIR = resolve('.output/firefox-mv3');

/**
 * The raw WebDriver BiDi connection under puppeteer's Firefox browser. Puppeteer does not export
 * its BiDi types; only `send` is used, for the commands it has no method for (chrome scope).
 */
interface BidiSender {
  connection: { send(method: string, params: object): Promise<{ result: unknown }> };
}
interface BidiContext { context: string; url: string; children?: BidiContext[] }
interface BidiResult { type: 'success' | 'exception'; result?: { value?: unknown }; exceptionDetails?: { text: string } }

export interface KizukiFirefox {
  browser: Browser;
  /** Opens the desk (`/desk/?…`) in a new tab in front, and waits for it to be ready. */
  openDesk(deskUrl: string, params?: Record<string, string>): Promise<Page>;
  /** Opens Firefox's real sidebar with Kizuki in it, as the toolbar icon or Alt+Shift+K do. */
  showSidebar(): Promise<void>;
  /**
   * Runs `read` on the document of Kizuki's sidebar (null while no sidebar is open). `read` is
   * sent as source text, like any evaluate: it must not use variables from the test.
   */
  inSidebar<T, A>(read: (doc: Document, arg: A) => T, arg: A): Promise<T | null>;
  close(): Promise<void>;
}

/** Debian's Firefox ESR with the built extension installed as a temporary add-on, in a fresh profile. */
export async function launchKizukiFirefox(): Promise<KizukiFirefox> {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const showConsole = process.env.KIZUKI_FIREFOX_LOG === '1';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    dumpio: showConsole,
    // Lets the harness evaluate in Firefox's own windows (chrome scope), where the sidebar opens.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(geckoId, uuid, showConsole),
  });
  await browser.installExtension(EXTENSION_DIR);
  const bidi = (browser as unknown as BidiSender).connection;

  // The sidebar's page is reached from another page of the extension, through
  // extension.getViews. It stays in a background tab so the desk tabs are the ones in front.
  const [viewer] = await browser.pages();
  if (!viewer) throw new Error('Firefox opened no tab');
  await openExtensionPage(viewer, `moz-extension://${uuid}/notes.html`);

  const chromeEvaluate = async (expression: string): Promise<unknown> => {
    const { result } = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { result: { contexts: BidiContext[] } };
    const windows = result.contexts.filter((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (windows.length !== 1) throw new Error(`Expected one Firefox window, found ${windows.length}`);
    const { result: evaluated } = (await bidi.send('script.evaluate', { expression, target: { context: windows[0]!.context }, awaitPromise: true })) as { result: BidiResult };
    if (evaluated.type === 'exception') throw new Error(`In Firefox's window: ${evaluated.exceptionDetails?.text}`);
    return evaluated.result?.value;
  };

  return {
    browser,
    async openDesk(deskUrl, params = {}) {
      const page = await browser.newPage();
      const url = new URL(deskUrl);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      await page.goto(url.toString());
      await page.waitForSelector('[data-desk-root][data-desk-ready="true"]');
      return page;
    },
    async showSidebar() {
      const id = `${widgetId(geckoId)}-sidebar-action`;
      const shown = await chromeEvaluate(`SidebarController.show(${JSON.stringify(id)}).then(() => SidebarController.currentID)`);
      if (shown !== id) throw new Error(`Firefox's sidebar shows ${String(shown)}, not ${id}`);
    },
    async inSidebar(read, arg) {
      const source = `(() => {
        const [view] = browser.extension.getViews({ type: 'sidebar' });
        return view ? (${read.toString()})(view.document, ${JSON.stringify(arg)}) : null;
      })()`;
      // What `read` returned, serialised through the protocol: its own type, or null.
      return (await viewer.evaluate(source)) as Awaited<ReturnType<typeof read>> | null;
    },
    async close() {
      await browser.close();
    },
  };
}

/** Firefox's id for an extension's widgets (its sidebar among them): ext-parent's makeWidgetId. */
function widgetId(geckoId: string): string {
  return geckoId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
}

/**
 * Navigates to an extension page. Under WebDriver BiDi, Firefox may never report such a
 * navigation as finished although the page loads, so the page's own state is polled instead.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  // Never awaited for the reason above; a rejection (the tab closing with the browser) is expected.
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
    if (state?.[0] === url && state[1] === 'complete') return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Firefox did not open ${url}`);
}
