import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchKizuki, type KizukiBrowser, COLD_START_MS } from './harness';

/**
 * The agent's notes in the side panel, on real Chromium and real IndexedDB: they survive the
 * browser being killed, the second contact finds the first one's note, the notebook finds
 * notes with the desk closed, and a promise becomes a follow-up in one click.
 */
const SCREENSHOTS = 'test-results';
/** The note editor's autosave pause (lib/notes/autosave.ts) plus the half second the agent may lose. */
const AUTOSAVE_MS = 400;

/** A second conversation with the customer of `en-late-order-deadline`, served only to these tests. */
const EMMA_AGAIN = {
  id: 'notes-e2e-emma-again',
  title: 'Emma writes again (notes e2e)',
  lang: 'en',
  channel: 'chat',
  direction: 'inbound',
  startedAt: new Date().toISOString(),
  agent: { name: 'Jordan' },
  customer: { name: 'Emma Clarke', key: 'emma.clarke@example.com', email: 'emma.clarke@example.com' },
  history: [],
  lessons: [],
  steps: [],
};

async function deskWithPanel(kizuki: KizukiBrowser, deskUrl: string, scenario: string, lang: 'en' | 'ja') {
  const desk = await kizuki.openDesk(deskUrl, { scenario, composer: 'textarea' });
  const panel = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang });
  await panel.setViewportSize({ width: 360, height: 780 });
  await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
  return { desk, panel };
}

/** Opens the notes section (it remembers being open, so it may be already) and returns the editor once loaded. */
async function openNotes(panel: Page) {
  const toggle = panel.getByTestId('notes-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const editor = panel.getByTestId('note-editor');
  await expect.poll(() => editor.isEditable()).toBe(true);
  return editor;
}

async function waitSaved(panel: Page) {
  await expect.poll(() => panel.locator('[data-testid="panel-notes"] [role="status"][data-state="saved"]').count(), { timeout: 5000 }).toBe(1);
  expect(await panel.getByTestId('notes-saved').textContent()).toMatch(/^(Saved|保存済み) · /); // also on the fold
}

describe('notes survive a killed browser', () => {
  const deskUrl = inject('deskUrl');

  it('keeps everything typed until half a second before Chromium is killed', async () => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'kizuki-notes-kill-'));
    try {
      const before = await launchKizuki({ userDataDir });
      const { panel } = await deskWithPanel(before, deskUrl, 'en-howto-calm', 'en');
      const editor = await openNotes(panel);
      const typed = 'Liam wants a second user; sent the team-settings link. 山田さんの件とは別。';
      await editor.pressSequentially(typed, { delay: 5 });
      await panel.waitForTimeout(500 + AUTOSAVE_MS + 100);

      const pid = await browserPid(userDataDir);
      const closed = new Promise((resolve) => before.context.once('close', resolve));
      process.kill(pid, 'SIGKILL'); // no close, no pagehide, no flush: the power-cut case
      await closed;
      await expect.poll(() => existsSync(`/proc/${pid}`), { timeout: 10_000 }).toBe(false);
      await expect.poll(() => profileProcesses(userDataDir).then((pids) => pids.length), { timeout: 10_000 }).toBe(0);

      const after = await launchKizuki({ userDataDir });
      try {
        const again = await deskWithPanel(after, deskUrl, 'en-howto-calm', 'en');
        expect(await (await openNotes(again.panel)).inputValue()).toBe(typed);
        await again.desk.close();
        const notebook = await after.extensionPage('notes.html?lang=en');
        await expect.poll(() => notebook.getByTestId('note-item').allTextContents()).toEqual([expect.stringContaining('Liam wants a second user')]);
      } finally {
        await after.close();
      }
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  });
});

describe('notes in the side panel', () => {
  let kizuki: KizukiBrowser;
  const deskUrl = inject('deskUrl');

  beforeAll(async () => {
    kizuki = await launchKizuki({ locale: 'en-US' });
    await mkdir(SCREENSHOTS, { recursive: true });
    // A second desk conversation for the same customer, without adding a file to the desk.
    await kizuki.context.route('**/desk/assets/scenarios.json', async (route) => {
      const response = await route.fetch();
      const scenarios = (await response.json()) as unknown[];
      await route.fulfill({ response, json: [...scenarios, EMMA_AGAIN] });
    });
  });
  afterAll(async () => kizuki?.close());

  it("shows the first contact's note on the second contact, and the coach owns the repeat", async () => {
    const { desk, panel } = await deskWithPanel(kizuki, deskUrl, 'en-late-order-deadline', 'en');
    const editor = await openNotes(panel);
    expect(await panel.getByTestId('customer-history').count()).toBe(1);
    await editor.fill('Catalogue re-sent by courier, should arrive Thursday before the party.');
    await waitSaved(panel);

    // Same tab, another conversation with the same customer (the desk's list does this too).
    await desk.evaluate((id) => window.kizukiDesk.load(id), EMMA_AGAIN.id);
    await expect.poll(() => panel.getByTestId('session-header').getAttribute('data-conversation-id')).toBe(EMMA_AGAIN.id);
    await desk.evaluate(() => window.kizukiDesk.appendCustomer('Hello, I have a question about my gift catalogue.'));
    expect(await (await openNotes(panel)).inputValue()).toBe(''); // a new conversation, a new note

    const history = panel.getByTestId('history-entry');
    await expect.poll(() => history.allTextContents()).toEqual([expect.stringContaining('Catalogue re-sent by courier')]);
    await expect.poll(() => panel.getByTestId('earlier-contacts').textContent()).toBe('1 earlier contact');
    // Nothing on this page says "again": the engine knows from the first contact's record.
    await expect.poll(() => panel.locator('[data-testid="prompt"][data-rule-id="own-the-repeat-contact"]').count(), { timeout: 8000 }).toBe(1);
    await desk.close();
    await panel.close();
  });

  it('finds notes in the notebook by two Japanese characters or an English word, with the desk closed', async () => {
    const { desk, panel } = await deskWithPanel(kizuki, deskUrl, 'ja-howto-calm', 'ja');
    const editor = await openNotes(panel);
    await editor.fill('お届け先の住所変更をご案内。delivery address changed for the next order.');
    await waitSaved(panel);
    await desk.close();
    await panel.close();

    const notebook = await kizuki.extensionPage('notes.html?lang=en');
    const search = notebook.getByTestId('notes-search');
    const found = () => notebook.getByTestId('note-item').allTextContents();
    await expect.poll(found).toHaveLength(2); // this note and the one from the test before
    await search.fill('住所');
    await expect.poll(found).toEqual([expect.stringContaining('お届け先の住所変更')]);
    await search.fill('delivery');
    await expect.poll(found).toEqual([expect.stringContaining('お届け先の住所変更')]);
    await search.fill('catalogue');
    await expect.poll(found).toEqual([expect.stringContaining('Catalogue re-sent')]);
    await search.fill('返金');
    await expect.poll(found).toEqual([]);
    await notebook.close();
  });

  it('turns a promise into a follow-up in one click, listed in the panel and the notebook until done', async () => {
    const { desk, panel } = await deskWithPanel(kizuki, deskUrl, 'ja-late-catalog-second-call', 'ja');
    await desk.evaluate(() => window.kizukiDesk.setCallState('connected'));
    // The panel's call timer shows the softphone's own elapsed time (its clock is the scenario's, not this computer's).
    const seconds = (text: string | null) => (text ?? '').split(':').reduce((total, part) => total * 60 + Number(part), 0);
    const timer = panel.getByTestId('call-timer');
    await expect.poll(() => timer.getAttribute('data-timing')).toBe('tool-timer');
    await panel.waitForTimeout(2200);
    const [deskTime, panelTime] = [await desk.locator('[data-desk-call-timer]').textContent(), await timer.textContent()];
    expect(panelTime).toMatch(/^\d{2}:\d{2}$/);
    expect(Math.abs(seconds(deskTime) - seconds(panelTime)), `desk ${deskTime}, panel ${panelTime}`).toBeLessThanOrEqual(1);
    await desk.evaluate(() => window.kizukiDesk.appendCustomer('土曜日に間に合うか心配で……'));
    await desk.evaluate(() => window.kizukiDesk.appendAgent('配送状況を確認して、明日の15時までに折り返しお電話いたします。'));
    const card = panel.locator('[data-testid="prompt"][data-rule-id="note-the-promise"]');
    await expect.poll(() => card.count(), { timeout: 8000 }).toBe(1);
    if (await card.isHidden()) await panel.getByTestId('prompts-more').click(); // more than three cards on screen

    await card.getByTestId('create-follow-up').click();
    await expect.poll(() => card.getByTestId('follow-up-created').count()).toBe(1);
    const today = new Date();
    const tomorrow3pm = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1, 15, 0).getTime();
    expect(await followUps(panel)).toEqual([expect.objectContaining({ dueAt: tomorrow3pm, done: 0, text: '配送状況を確認して、明日の15時までに折り返しお電話いたします。' })]);

    await openNotes(panel);
    const inPanel = panel.locator('[data-testid="panel-notes"] [data-testid="follow-up"]');
    await expect.poll(() => inPanel.allTextContents()).toEqual([expect.stringContaining('明日の15時までに折り返しお電話')]);
    // The editor shows the promise and its time, so the agent can change either.
    await expect.poll(() => panel.locator('[data-testid="panel-notes"] input[type="datetime-local"]').inputValue()).toMatch(/T15:00$/);
    await card.scrollIntoViewIfNeeded();
    await panel.waitForTimeout(350);
    await panel.screenshot({ path: `${SCREENSHOTS}/panel-notes.png` });
    const { violations } = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const notebook = await kizuki.extensionPage('notes.html?lang=ja');
    const inNotebook = notebook.getByTestId('follow-up');
    await expect.poll(() => inNotebook.allTextContents()).toEqual([expect.stringContaining('明日の15時までに折り返しお電話')]);

    await inPanel.getByRole('button', { name: '完了にする' }).click();
    await expect.poll(() => inPanel.count()).toBe(0);
    await expect.poll(() => inNotebook.count()).toBe(0); // the open notebook follows the database
    expect(await followUps(panel)).toEqual([expect.objectContaining({ done: 1 })]);
    await notebook.close();
    await desk.close();
    await panel.close();
  });
});

/** The browser's main process for a profile: the one process of it that is not a helper (`--type=`). */
async function browserPid(userDataDir: string): Promise<number> {
  const pids = await profileProcesses(userDataDir, { mainOnly: true });
  if (pids.length !== 1) throw new Error(`Expected one Chromium main process for ${userDataDir}, found ${pids.length}`);
  return pids[0]!;
}

async function profileProcesses(userDataDir: string, { mainOnly = false } = {}): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    // A process may exit while we look: it is then simply not one of the profile's.
    const args = await readFile(`/proc/${entry}/cmdline`, 'utf8').then((raw) => raw.split('\0'), (): string[] => []);
    if (!args.includes(`--user-data-dir=${userDataDir}`)) continue;
    if (mainOnly && args.some((arg) => arg.startsWith('--type='))) continue;
    pids.push(Number(entry));
  }
  return pids;
}

interface StoredFollowUp {
  dueAt: number;
  done: 0 | 1;
  text?: string;
}

/** The follow-ups as stored, read straight from IndexedDB. */
function followUps(page: Page): Promise<StoredFollowUp[]> {
  return page.evaluate(() => new Promise<StoredFollowUp[]>((resolve, reject) => {
    const open = indexedDB.open('kizuki');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('followUps').objectStore('followUps').getAll();
      request.onsuccess = () => {
        resolve(request.result as StoredFollowUp[]);
        open.result.close();
      };
    };
  }));
}

describe('one conversation in two side panels', () => {
  let kizuki: KizukiBrowser;
  const deskUrl = inject('deskUrl');

  beforeAll(async () => {
    kizuki = await launchKizuki({ locale: 'en-US' });
  });
  afterAll(async () => kizuki?.close());

  it('keeps one note for a conversation open in two side panels, each showing what the other saved', async () => {
    const { desk, panel } = await deskWithPanel(kizuki, deskUrl, 'en-howto-calm', 'en');
    const second = await kizuki.openPanel(await kizuki.tabIdOf(desk), { lang: 'en' });
    await expect.poll(() => second.getByTestId('session-header').getAttribute('data-detected'), { timeout: COLD_START_MS }).toBe('true');
    const header = panel.getByTestId('session-header');
    const sessionId = `${await header.getAttribute('data-tool')}:${await header.getAttribute('data-conversation-id')}`;
    const [a, b] = [await openNotes(panel), await openNotes(second)];
    // Both panels start a note before either has saved.
    await a.fill('Started in the first panel.');
    await b.fill('Started in the second panel.');
    await waitSaved(panel);
    await waitSaved(second);
    const notesOf = (id: string) => panel.evaluate((session) => new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('kizuki');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const count = open.result.transaction('notes').objectStore('notes').index('sessionId').count(session);
        count.onsuccess = () => resolve(count.result);
      };
    }), id);
    expect(await notesOf(sessionId)).toBe(1);

    await a.fill('Changed in the first panel: refund form sent.');
    await expect.poll(() => b.inputValue(), { timeout: 5000 }).toBe('Changed in the first panel: refund form sent.');
    await b.fill('Changed in the second panel: customer confirmed.');
    await expect.poll(() => a.inputValue(), { timeout: 5000 }).toBe('Changed in the second panel: customer confirmed.');
    expect(await notesOf(sessionId)).toBe(1);
    await Promise.all([desk.close(), panel.close(), second.close()]);
  });
});
