import type { FrameLocator, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { DeskComposer } from './desk-api';
import { sharedBrowser } from './shared-browser';
import { COLD_START_MS } from './harness';
import { consoleErrors, panelDraft } from './watch-probes';

/**
 * Insert as an agent notices it, in every composer the desk runs (TinyMCE in its iframe too):
 * the phrasing goes in at the caret with the spacing of its language, Replace swaps the
 * sentence the prompt points at, the editor's own undo takes either back in one step, and the
 * phrasing says "Inserted ✓".
 */
const COMPOSERS: DeskComposer[] = ['textarea', 'contenteditable', 'prosemirror', 'ckeditor', 'tinymce'];

const CASES = {
  // No space before the caret on either side: Kizuki has to add them.
  en: { scenario: 'en-supervisor-demand', before: 'Hi Robert, thanks for waiting.', after: 'Let me check the order.', join: (b: string, p: string, a: string) => `${b} ${p} ${a}` },
  ja: { scenario: 'ja-supervisor-demand', before: 'お待たせいたしました。', after: '確認いたします。', join: (b: string, p: string, a: string) => `${b}${p}${a}` },
} as const;

describe('Insert in every composer', () => {
  const browser = sharedBrowser();
  const deskUrl = inject('deskUrl');
  let opened = 0;

  async function watch(scenarioId: string, composer: DeskComposer, lang: 'en' | 'ja') {
    const desk = await browser().context.newPage();
    const errors = consoleErrors(desk);
    const url = new URL(deskUrl);
    url.search = new URLSearchParams({ scenario: scenarioId, composer, devtools: '0', tab: `insert-${++opened}` }).toString();
    await desk.goto(url.toString());
    await desk.waitForSelector('[data-desk-root][data-desk-ready="true"]', { state: 'attached' });
    const panel = await browser().openPanel(await browser().tabIdOf(desk), { lang });
    await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
    await desk.evaluate(() => window.kizukiDesk.step());
    return { desk, panel, errors };
  }

  /** The composer element, in the page or in TinyMCE's iframe. */
  function composerOf(desk: Page, composer: DeskComposer): Locator {
    const root: Page | FrameLocator = composer === 'tinymce' ? desk.frameLocator('[data-desk-composer-frame]') : desk;
    return root.locator('[data-desk-composer]');
  }

  /** Puts the agent's caret `fromEnd` characters before the end of the draft, by keyboard. */
  async function caretBeforeEnd(desk: Page, composer: DeskComposer, fromEnd: number) {
    await composerOf(desk, composer).click();
    await desk.keyboard.press('ControlOrMeta+End');
    for (let i = 0; i < fromEnd; i++) await desk.keyboard.press('ArrowLeft');
    await desk.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  }

  const value = (desk: Page) => desk.evaluate(() => window.kizukiDesk.composerValue());

  for (const lang of ['en', 'ja'] as const) {
    for (const composer of COMPOSERS) {
      it(`${lang}, ${composer}: inserts at the caret with the language's spacing, says so, and undoes in one step`, async () => {
        const c = CASES[lang];
        const { desk, panel, errors } = await watch(c.scenario, composer, lang);
        const active = panel.locator('[data-testid="prompt"][data-state="active"]').first();
        await expect.poll(() => active.count()).toBe(1);
        // The card by its rule: once the words are in, it turns "done" (and the feedback shows on it).
        const card = panel.locator(`[data-testid="prompt"][data-rule-id="${await active.getAttribute('data-rule-id')}"]`);

        const draft = c.before + c.after;
        await desk.evaluate((text) => window.kizukiDesk.setDraft(text), draft);
        await caretBeforeEnd(desk, composer, c.after.length);
        await expect.poll(() => panelDraft(panel)).toBe(draft);

        const example = card.locator('li').filter({ has: panel.getByTestId('prompt-insert') }).first();
        const phrasing = (await example.locator('q').textContent())!;
        await example.getByTestId('prompt-insert').click();
        const expected = c.join(c.before, phrasing, c.after);
        await expect.poll(() => value(desk), { message: composer }).toBe(expected);
        await expect.poll(() => panelDraft(panel)).toBe(expected);
        await expect.poll(() => example.getByTestId('phrasing-feedback').textContent()).toMatch(lang === 'ja' ? /挿入しました ✓/ : /Inserted ✓/);

        await desk.evaluate(() => window.kizukiDesk.undo());
        await expect.poll(() => value(desk), { message: `${composer} undo` }).toBe(draft);
        expect(errors).toEqual([]);
      });
    }
  }

  for (const composer of COMPOSERS) {
    it(`en, ${composer}: Replace swaps the sentence the prompt points at, in one undo step`, async () => {
      const { desk, panel, errors } = await watch('en-supervisor-demand', composer, 'en');
      const [first, blame, last] = ['Thanks for waiting.', 'You should have read the manual before exporting.', 'Let me check.'];
      const draft = `${first} ${blame} ${last}`;
      await desk.evaluate((text) => window.kizukiDesk.setDraft(text), draft);
      // The agent's caret ends where they stopped typing (TinyMCE's undo closes a typing step on a caret key).
      await caretBeforeEnd(desk, composer, 0);
      const card = panel.locator('[data-testid="prompt"][data-rule-id="no-blame-or-argument"][data-state="active"]');
      await expect.poll(() => card.count()).toBe(1);
      // ProseMirror's history makes one step of edits less than 500 ms apart, as it does for a person typing.
      await desk.waitForTimeout(600);
      const example = card.locator('li').filter({ has: panel.getByTestId('prompt-replace') }).first();
      const phrasing = (await example.locator('q').textContent())!;
      await example.getByTestId('prompt-replace').click();
      await expect.poll(() => value(desk), { message: composer }).toBe(`${first} ${phrasing} ${last}`);
      // TinyMCE records a pasted edit as an undo level once its paste handling has run, a moment
      // after the text shows (longer on a loaded machine); a person pressing Ctrl+Z is slower still.
      if (composer === 'tinymce') await desk.waitForTimeout(500);
      await desk.evaluate(() => window.kizukiDesk.undo());
      await expect.poll(() => value(desk), { message: `${composer} undo` }).toBe(draft);
      expect(errors).toEqual([]);
    });
  }
});
