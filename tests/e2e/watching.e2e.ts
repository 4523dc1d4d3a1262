import { describe, expect, inject, it } from 'vitest';
import { loadScenarios, type Scenario } from '../desk/scenarios';
import type { DeskComposer } from './desk-api';
import { launchKizuki, COLD_START_MS } from './harness';
import { sharedBrowser } from './shared-browser';
import { activeRuleIds, composerDomText, consoleErrors, contentScriptWorld, panelCaughtUp, panelDraft, promptEvents } from './watch-probes';

/**
 * Watching the support tool, as an agent and a support lead notice it: the panel follows a
 * whole conversation in any editor, Insert writes through the editor's own pipeline, odd or
 * changing markup degrades to "not detected" without a single console error, and opening
 * another conversation in the single-page tool switches the session.
 */

const scenarios = new Map(loadScenarios().map((s) => [s.id, s]));
const scenario = (id: string): Scenario => scenarios.get(id) ?? expect.unreachable(`no scenario ${id}`);

/**
 * What a senior colleague would type once the scenario has played out: it apologises, owns
 * the repeat contact, says who takes over and when, answers the deadline. The tests below
 * hold it to clearing every prompt on screen.
 */
const RIGHT_REPLY: Record<string, string> = {
  'en-supervisor-demand': "I'm so sorry you've had to contact us three times about this, Robert. I'm passing this to my supervisor now with a summary, and they will call you within the hour.",
  'en-late-order-deadline': "I'm sorry you've had to chase this. I'll send a new catalogue by express today so it arrives by Thursday, in time for the party.",
  'ja-laughed-complaint': '再度のお問い合わせ、お手数をおかけして大変申し訳ございません。先ほどは失礼いたしました。CSVはUTF-8で出力されるため、Excelで直接開くと文字化けしてしまいます。',
  'ja-supervisor-demand': '度々ご不便をおかけし、申し訳ございません。ご不満はごもっともです。これまでの経緯をまとめて上長に引き継ぎ、本日中に責任者よりご連絡いたします。',
};

const COMPOSER = '[data-desk-composer]';

describe('watching the support tool', () => {
  const browser = sharedBrowser();
  const deskUrl = inject('deskUrl');

  let opened = 0;
  /** The desk on a conversation, its console errors collected from the first moment, and a side panel on its tab. */
  async function watch(scenarioId: string, composer: DeskComposer, lang: 'en' | 'ja' = scenario(scenarioId).lang) {
    const desk = await browser().context.newPage();
    const errors = consoleErrors(desk);
    const url = new URL(deskUrl);
    // `tab` only makes the URL unique, so the panel finds this tab and no other.
    url.search = new URLSearchParams({ scenario: scenarioId, composer, devtools: '0', tab: String(++opened) }).toString();
    await desk.goto(url.toString());
    await desk.waitForSelector('[data-desk-root][data-desk-ready="true"]', { state: 'attached' });
    const panel = await browser().openPanel(await browser().tabIdOf(desk), { lang });
    const header = panel.getByTestId('session-header');
    await expect.poll(() => header.getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
    return { desk, panel, header, errors };
  }

  describe('a whole conversation, prompts and the reply that clears them', () => {
    const cases = [
      ['en-supervisor-demand', 'textarea'],
      ['en-supervisor-demand', 'prosemirror'],
      ['en-late-order-deadline', 'textarea'],
      ['en-late-order-deadline', 'prosemirror'],
      ['ja-laughed-complaint', 'textarea'],
      ['ja-laughed-complaint', 'prosemirror'],
      ['ja-supervisor-demand', 'textarea'],
      ['ja-supervisor-demand', 'prosemirror'],
    ] as const;

    for (const [id, composer] of cases) {
      it(`${id} in the ${composer} composer: every lesson's prompt shows, and typing the right reply clears them`, async () => {
        const s = scenario(id);
        expect(s.lessons.length).toBeGreaterThan(0);
        const started = Date.now();
        const { desk, panel, errors } = await watch(id, composer);

        const seen = new Set<string>();
        for (let step = 0; step < s.steps.length; step++) {
          await desk.evaluate(() => window.kizukiDesk.step());
          await panelCaughtUp(panel, desk);
          for (const ruleId of await activeRuleIds(panel)) seen.add(ruleId);
        }
        expect([...seen]).toEqual(expect.arrayContaining(s.lessons));

        // The lessons still open at the end are the ones the reply must answer.
        const open = (await activeRuleIds(panel)).filter((ruleId) => s.lessons.includes(ruleId));
        expect(open.length).toBeGreaterThan(0);

        const reply = RIGHT_REPLY[id]!;
        await desk.click(COMPOSER);
        await desk.keyboard.press('ControlOrMeta+A');
        await desk.keyboard.press('Backspace');
        await desk.keyboard.type(reply);
        expect(await desk.evaluate(() => window.kizukiDesk.composerValue())).toBe(reply);
        await expect.poll(() => panelDraft(panel)).toBe(reply);
        await expect.poll(() => activeRuleIds(panel)).toEqual([]);
        await expect.poll(() => promptEvents(panel, `desk:${id}`, started)).toEqual(expect.arrayContaining(open.map((ruleId) => `${ruleId}:followed`)));
        expect(errors).toEqual([]);
      });
    }
  });

  // Insert at the caret, its spacing, Replace and undo in every composer: insert.e2e.ts.

  it('puts the phrasing after the draft when the agent last clicked elsewhere on the page, in every composer', async () => {
    const { desk, panel, errors } = await watch('en-supervisor-demand', 'textarea');
    await desk.evaluate(() => window.kizukiDesk.step());
    const card = panel.locator('[data-testid="prompt"][data-state="active"]').first();
    await expect.poll(() => card.count()).toBe(1);
    const phrasing = (await card.locator('q').first().textContent())!;

    for (const composer of ['textarea', 'contenteditable', 'prosemirror', 'ckeditor'] as const) {
      await desk.evaluate((kind) => window.kizukiDesk.setComposer(kind), composer);
      await desk.evaluate(() => window.kizukiDesk.setDraft('Hi Robert. '));
      await expect.poll(() => panelDraft(panel)).toBe('Hi Robert. ');
      await expect.poll(() => card.count()).toBe(1); // the last round's insert followed it; it is asked for again
      // Re-reading the customer's message leaves the page's caret in the thread, not in the reply.
      await desk.locator('[data-desk-message-text]').first().click();
      await card.getByTestId('prompt-insert').first().click();
      await expect.poll(() => desk.evaluate(() => window.kizukiDesk.composerValue()), { message: composer }).toBe(`Hi Robert. ${phrasing}`);
      expect(await composerDomText(desk), composer).toBe(`Hi Robert. ${phrasing}`);
    }
    expect(errors).toEqual([]);
  });

  describe('pages Kizuki cannot read', () => {
    it('says "not detected" on a page of the tool that shows no conversation, and stays quiet in its console', async () => {
      const page = await browser().context.newPage();
      const errors = consoleErrors(page);
      await page.goto(new URL('blank', deskUrl).toString());
      const panel = await browser().openPanel(await browser().tabIdOf(page));
      const header = panel.getByTestId('session-header');
      await expect.poll(() => panel.getByText('No conversation detected on this tab').count()).toBe(1);
      expect(await header.getAttribute('data-detected')).toBe('false');
      expect(await header.getAttribute('data-tool')).toBe('');

      // The page keeps changing under a watcher that finds nothing: still nothing, still quiet.
      await page.evaluate(() => {
        const thread = document.querySelector('.thread')!;
        for (let i = 0; i < 20; i++) thread.insertAdjacentHTML('beforeend', `<li class="message customer" data-author="customer">line ${i}</li>`);
      });
      await page.locator('textarea.reply').pressSequentially('a comment');
      // Proof the watcher was reading this page all along: once a conversation appears, it is seen.
      await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', `
        <div data-desk-root><section data-desk-conversation-id="late-arrival" data-desk-channel="chat">
          <article data-desk-message data-author="customer"><div data-desk-message-text>Hello?</div></article>
        </section><textarea data-desk-composer data-desk-composer-role="reply"></textarea></div>`));
      await expect.poll(() => header.getAttribute('data-conversation-id')).toBe('late-arrival');
      expect(await header.getAttribute('data-detected')).toBe('true');
      expect(errors).toEqual([]);
    });

    it('goes to "not detected" when the conversation disappears mid-way, and picks it up again when it returns', async () => {
      const { desk, panel, header, errors } = await watch('en-late-order-deadline', 'textarea');
      const health = panel.getByTestId('adapter-health');
      // Open, with no message yet: nothing is wrong, and the panel does not say so.
      expect(await desk.locator('[data-desk-message]').count()).toBe(0);
      await expect.poll(() => health.getAttribute('data-ok')).toBe('true');
      expect(await health.textContent()).not.toContain('message list not found');
      await desk.evaluate(() => window.kizukiDesk.step());
      await expect.poll(() => activeRuleIds(panel)).toContain('own-the-repeat-contact');
      expect(await health.getAttribute('data-ok')).toBe('true');

      // The tool renders its messages in new markup: still this conversation, read now by the
      // page's structure, and the panel says so (so the agent can ask a team lead to check it).
      await desk.evaluate(() => {
        const messages = document.querySelector('.desk-thread__messages')!;
        (window as unknown as { stash: Node[] }).stash = [...messages.childNodes];
        messages.innerHTML = '<div class="bubble from-them"><span>This is my third message about the cracked blender.</span></div>';
      });
      await expect.poll(async () => (await panel.getByTestId('reading-note').allTextContents()).join(' ')).toContain('Reading by page structure');
      await expect.poll(() => panel.getByTestId('latest-customer-message').textContent()).toContain('cracked blender');
      expect(await header.getAttribute('data-conversation-id')).toBe('en-late-order-deadline');
      await desk.evaluate(() => document.querySelector('.desk-thread__messages')!.replaceChildren(...(window as unknown as { stash: Node[] }).stash));
      await expect.poll(() => health.getAttribute('data-ok')).toBe('true');

      // The tool drops the conversation element (a re-render, a closed tab in the tool).
      await desk.evaluate(() => {
        const conversation = document.querySelector('[data-desk-conversation-id]')!;
        (window as unknown as { stash: { el: Element; parent: Element } }).stash = { el: conversation, parent: conversation.parentElement! };
        conversation.remove();
      });
      await expect.poll(() => header.getAttribute('data-detected')).toBe('false');
      expect(await header.getAttribute('data-conversation-id')).toBe('');
      expect(await activeRuleIds(panel)).toEqual([]);

      await desk.evaluate(() => {
        const { el, parent } = (window as unknown as { stash: { el: Element; parent: Element } }).stash;
        parent.append(el);
      });
      await expect.poll(() => header.getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
      expect(await header.getAttribute('data-conversation-id')).toBe('en-late-order-deadline');
      await expect.poll(() => activeRuleIds(panel)).toContain('own-the-repeat-contact');

      // A redesign ships mid-shift: the whole app is replaced by markup no adapter knows.
      await desk.evaluate(() => {
        const root = document.querySelector('[data-desk-root]')!;
        const redesign = document.createElement('div');
        redesign.className = 'new-ui';
        redesign.innerHTML = '<nav>Inbox</nav><div class="conv" id="c-1"><p class="msg">Hello?</p></div><div contenteditable="true"></div>';
        (window as unknown as { stash: { el: Element; redesign: Element } }).stash = { el: root, redesign };
        root.replaceWith(redesign);
        for (let i = 0; i < 10; i++) redesign.querySelector('.conv')!.insertAdjacentHTML('beforeend', `<p class="msg">more ${i}</p>`);
      });
      await expect.poll(() => header.getAttribute('data-detected')).toBe('false');
      await desk.locator('.new-ui [contenteditable]').pressSequentially('typing into the new UI');

      await desk.evaluate(() => {
        const { el, redesign } = (window as unknown as { stash: { el: Element; redesign: Element } }).stash;
        redesign.replaceWith(el);
      });
      await expect.poll(() => header.getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
      expect(await header.getAttribute('data-conversation-id')).toBe('en-late-order-deadline');
      await desk.evaluate(() => window.kizukiDesk.appendCustomer('Are you still there?'));
      await expect.poll(() => panel.getByTestId('latest-customer-message').textContent()).toBe('Are you still there?');
      expect(errors).toEqual([]);
    });
  });

  it('follows the agent to another conversation opened from the list, and back', async () => {
    const { desk, panel, header, errors } = await watch('en-supervisor-demand', 'textarea');
    for (let i = 0; i < 3; i++) await desk.evaluate(() => window.kizukiDesk.step());
    await expect.poll(() => activeRuleIds(panel)).toContain('escalate-gracefully');
    await desk.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    await desk.click('[data-desk-list-id="en-late-order-deadline"]');
    await expect.poll(() => header.getAttribute('data-conversation-id')).toBe('en-late-order-deadline');
    expect(await desk.evaluate(() => location.pathname)).toBe('/desk/c/en-late-order-deadline');
    expect(await desk.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // The old conversation's prompts do not follow the agent into the new one.
    await expect.poll(() => panel.getByTestId('prompts-none').count()).toBe(1);
    expect(await panel.locator('[data-testid="prompt"]').count()).toBe(0);
    expect(await panel.getByTestId('latest-customer-message').textContent()).toBe('—');

    await desk.evaluate(() => window.kizukiDesk.step());
    // Back about a catalogue that has not come: the repeat contact, and an apology for the chase.
    await expect.poll(() => activeRuleIds(panel)).toEqual(['apologise-first', 'own-the-repeat-contact']);
    expect(await panel.getByTestId('latest-customer-message').textContent()).toContain('about the catalogue');

    await desk.goBack();
    await expect.poll(() => header.getAttribute('data-conversation-id')).toBe('en-supervisor-demand');
    await expect.poll(() => activeRuleIds(panel)).toContain('escalate-gracefully');
    expect(await panel.getByTestId('latest-customer-message').textContent()).toContain('supervisor');
    expect(errors).toEqual([]);
  });
});

describe('when the extension reloads under an open page', () => {
  const deskUrl = inject('deskUrl');

  it('the orphaned content script stops watching, without a word in the console, and a fresh load is watched again', async () => {
    const kizuki = await launchKizuki(); // its own browser: the reload takes every extension page down
    try {
      const desk = await kizuki.context.newPage();
      const errors = consoleErrors(desk);
      await desk.goto(`${deskUrl}?scenario=en-late-order-deadline&composer=prosemirror&devtools=0`);
      await desk.waitForSelector('[data-desk-root][data-desk-ready="true"]', { state: 'attached' });
      const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk));
      await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
      const watching = await contentScriptWorld(kizuki, desk);
      expect(await watching.documentListeners()).toContain('input');

      const restarted = kizuki.context.waitForEvent('serviceworker');
      // The worker is gone before it can answer, so the call itself may fail.
      await kizuki.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
      await restarted;
      await expect.poll(() => watching.documentListeners()).not.toContain('input');

      // The agent carries on; the old script must neither read nor complain.
      await desk.evaluate(() => window.kizukiDesk.step());
      await desk.click(COMPOSER);
      await desk.keyboard.type('Still here.');
      await desk.evaluate(() => window.kizukiDesk.appendCustomer('Hello?'));
      expect(await watching.documentListeners()).not.toContain('input');
      expect(errors).toEqual([]);

      await desk.reload();
      await desk.waitForSelector('[data-desk-root][data-desk-ready="true"]', { state: 'attached' });
      const fresh = await kizuki.openPanel(await kizuki.tabIdOf(desk));
      await expect.poll(() => fresh.getByTestId('session-header').getAttribute('data-conversation-id')).toBe('en-late-order-deadline');
    } finally {
      await kizuki.close();
    }
  });
});
