import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { COMPLAINT } from '../e2e/complaint';
import type {} from '../e2e/desk-api';
import { launchKizukiFirefox, type KizukiFirefox } from './harness';

interface Header { conversationId: string | null; detected: string | null; tool: string | null }

/**
 * Kizuki in Debian's Firefox ESR as an agent meets it: the desk in a tab, Kizuki in Firefox's
 * real sidebar beside it, following whichever tab is in front.
 */
describe('Kizuki in Firefox', () => {
  let kizuki: KizukiFirefox;
  const deskUrl = inject('deskUrl');

  beforeAll(async () => {
    kizuki = await launchKizukiFirefox();
  });
  afterAll(async () => kizuki?.close());

  const header = () =>
    kizuki.inSidebar((doc): Header | null => {
      const el = doc.querySelector('[data-testid="session-header"]');
      return el && { conversationId: el.getAttribute('data-conversation-id'), detected: el.getAttribute('data-detected'), tool: el.getAttribute('data-tool') };
    }, null);
  const shownConversation = async () => (await header())?.conversationId ?? null;
  const prompts = (ruleId: string) =>
    kizuki.inSidebar((doc, id) => [...doc.querySelectorAll(`[data-testid="prompt"][data-rule-id="${id}"]`)].map((el) => el.getAttribute('data-level')), ruleId);

  async function deskInFront(scenario: string): Promise<Page> {
    const desk = await kizuki.openDesk(deskUrl, { scenario, composer: 'textarea' });
    await kizuki.showSidebar();
    return desk;
  }

  it('detects the desk conversation in the tab in front', async () => {
    const desk = await deskInFront('en-late-order-deadline');
    await expect.poll(header).toEqual({ conversationId: 'en-late-order-deadline', detected: 'true', tool: 'desk' });
    await desk.close();
  });

  for (const lang of ['en', 'ja'] as const) {
    const c = COMPLAINT[lang];
    it(`shows apologise-first while the draft explains first, and clears it once the draft apologises (${lang})`, async () => {
      const desk = await deskInFront(c.scenario);
      await expect.poll(shownConversation).toBe(c.scenario);
      await desk.evaluate((text) => window.kizukiDesk.appendCustomer(text), c.customer);
      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), c.explains);
      await expect.poll(() => prompts('apologise-first')).toEqual(['warning']);

      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), c.apologises);
      await expect.poll(() => prompts('apologise-first')).toEqual([]);
      await desk.close();
    });
  }

  it('Insert in the sidebar puts the phrasing into the desk\'s rich editor', async () => {
    // An editor with a model of its own (ProseMirror-like): the phrasing counts only once the
    // editor's model holds it, which takes Firefox's own input path, not a DOM write.
    const desk = await kizuki.openDesk(deskUrl, { scenario: 'en-late-order-deadline', composer: 'prosemirror' });
    await kizuki.showSidebar();
    await desk.evaluate((text) => window.kizukiDesk.appendCustomer(text), COMPLAINT.en.customer);
    await desk.evaluate((text) => window.kizukiDesk.setDraft(text), COMPLAINT.en.explains);
    await expect.poll(() => prompts('apologise-first')).toEqual(['warning']);

    const phrasing = await kizuki.inSidebar((doc) => {
      const card = doc.querySelector('[data-testid="prompt"][data-rule-id="apologise-first"]');
      const insert = card?.querySelector<HTMLElement>('[data-testid="prompt-insert"]');
      insert?.click();
      return insert ? card?.querySelector('q')?.textContent ?? null : null;
    }, null);
    expect(phrasing).toBeTruthy();
    await expect.poll(() => desk.evaluate(() => window.kizukiDesk.composerValue())).toContain(phrasing);
    await desk.close();
  });

  it('follows the tab in front: the sidebar shows the conversation of the tab switched to', async () => {
    const first = await deskInFront('en-supervisor-demand');
    await expect.poll(shownConversation).toBe('en-supervisor-demand');
    const second = await kizuki.openDesk(deskUrl, { scenario: 'ja-late-catalog-second-call', composer: 'textarea' });
    await expect.poll(shownConversation).toBe('ja-late-catalog-second-call');

    await first.bringToFront();
    await expect.poll(shownConversation).toBe('en-supervisor-demand');
    await second.bringToFront();
    await expect.poll(shownConversation).toBe('ja-late-catalog-second-call');
    await first.close();
    await second.close();
  });
});
