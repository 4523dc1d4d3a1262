import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { KizukiBrowser } from './harness';

// What the watching tests look at: the desk page's console, the content script's world,
// and the side panel as the agent reads it.

/**
 * The content script's isolated world on `page`, seen through the DevTools protocol: the
 * event types it listens to on the document (the page watcher listens for `input` there
 * until it is stopped).
 */
export async function contentScriptWorld(kizuki: KizukiBrowser, page: Page) {
  const cdp = await kizuki.context.newCDPSession(page);
  const worlds: { id: number; origin: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable'); // reports the contexts that already exist before it returns
  const world = worlds.find((context) => context.origin === `chrome-extension://${kizuki.extensionId}`);
  if (!world) throw new Error('No Kizuki content script runs in the page');
  return {
    async documentListeners(): Promise<string[]> {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document', contextId: world.id });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.map((listener) => listener.type);
    },
  };
}

/** Errors the page's console shows (the content script's isolated world included) and uncaught exceptions. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The composer's text as its DOM shows it: a textarea's value, an editable's rendered text. */
export function composerDomText(desk: Page): Promise<string> {
  return desk.locator('[data-desk-composer]').evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
}

/** Rule ids of the cards asking for something (not already done), with the ones behind "more" shown as the agent would. */
export async function activeRuleIds(panel: Page): Promise<string[]> {
  // One step in the page: the "more" button may come and go between two separate look-ups.
  await panel.evaluate(() => {
    const more = document.querySelector<HTMLElement>('[data-testid="prompts-more"]');
    if (more?.getAttribute('aria-expanded') === 'false') more.click();
  });
  return panel.locator('[data-testid="prompt"][data-state="active"]:not([hidden])').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-rule-id') ?? ''));
}

/** The draft as the panel shows it; '' for its "(empty)" placeholder. */
export function panelDraft(panel: Page): Promise<string> {
  return panel.getByTestId('draft').evaluate((el) => (el.querySelector('.muted') ? '' : (el.textContent ?? '')));
}

/** How many messages the panel's health line says it reads. */
async function panelMessageCount(panel: Page): Promise<number | null> {
  const line = panel.getByTestId('adapter-health');
  const health = (await line.count()) > 0 ? await line.textContent() : null;
  const count = /(\d+)\s*(?:messages?|件)/.exec(health ?? '')?.[1];
  return count === undefined ? null : Number(count);
}

/** Waits until the panel shows what the desk shows: the same number of messages and the same draft. */
export async function panelCaughtUp(panel: Page, desk: Page) {
  const { messages, draft } = await desk.evaluate(() => {
    const state = window.kizukiDesk.state() as { turns: unknown[] };
    return { messages: state.turns.length, draft: window.kizukiDesk.composerValue() };
  });
  await expect.poll(async () => ({ messages: await panelMessageCount(panel), draft: await panelDraft(panel) })).toEqual({ messages: messages === 0 ? null : messages, draft });
}

/** `ruleId:kind` of the prompt events the panel recorded for a conversation since `since`, read straight from IndexedDB. */
export function promptEvents(panel: Page, sessionId: string, since: number): Promise<string[]> {
  return panel.evaluate(({ sessionId, since }) => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('kizuki');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('promptEvents').objectStore('promptEvents').getAll();
      request.onsuccess = () => {
        const rows = request.result as { sessionId: string; ruleId: string; kind: string; at: number }[];
        resolve(rows.filter((row) => row.sessionId === sessionId && row.at >= since).map((row) => `${row.ruleId}:${row.kind}`));
        open.result.close();
      };
    };
  }), { sessionId, since });
}
