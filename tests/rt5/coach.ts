/**
 * Opt-in (`npm run e2e:rt5`, never part of `npm test`): Kizuki coaching on the real Request
 * Tracker 5, described only in the console the way a team lead would — RT is not a built-in
 * tool and must never become one. For each mode (`setup.sh --plain`, then `--rich`: a textarea,
 * then CKEditor 4 in an iframe) and each language, it opens a seeded ticket, then its reply page,
 * types a draft that explains before apologising, waits for apologise-first in the side panel,
 * types one that apologises first and waits for it to clear. Prints a table (mode × language ×
 * appeared/cleared × ms), writes it to test-results/rt5-coach.md, and leaves RT in --plain mode.
 * Exit 1 when a step failed. Needs root (setup.sh installs and configures RT) and the test build.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchKizuki, type KizukiBrowser } from '../e2e/harness';
import { fillToolForm, openToolsConsole, saveTool } from '../e2e/tool-form';
import { RT_DESCRIPTION, RT_ORIGIN } from './description';

const BASE = RT_ORIGIN;
const WAIT_MS = 15_000;
type Mode = 'plain' | 'rich';
type Lang = 'en' | 'ja';

/** Seeded tickets (tickets.json keys) whose customer is upset, and the agent's two drafts. */
const CASES: Record<Lang, { key: string; lastWords: string; notHerWords: string[]; explains: string; apologises: string }> = {
  en: {
    key: 'en-broken-order',
    lastWords: 'pack things properly next time',
    notHerWords: ['Sent from my iPhone', 'wrote:', 'Show quoted text'],
    explains: 'Our courier policy requires photos of the damage before we can send a replacement.',
    apologises: "I'm so sorry the mugs arrived broken. Our courier policy requires photos of the damage before we can send a replacement.",
  },
  ja: {
    key: 'ja-manager',
    lastWords: '消費生活センターに相談するつもりです',
    notHerWords: ['Show quoted text', '引用部分'],
    explains: '返金の処理はシステム上、反映まで3営業日ほどかかります。',
    apologises: 'このたびは重ねてご迷惑をおかけし、誠に申し訳ございません。返金の処理はシステム上、反映まで3営業日ほどかかります。',
  },
};

interface Row { mode: Mode; lang: Lang; ticket: number; appeared: number | null; cleared: number | null; note: string }

function setup(mode: Mode): Map<string, number> {
  const out = execFileSync('bash', ['tests/rt5/setup.sh', `--${mode}`], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const state = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { tickets?: { key: string; id: number }[] };
  return new Map((state.tickets ?? []).map((t) => [t.key, t.id]));
}

async function login(kizuki: KizukiBrowser): Promise<void> {
  const page = await kizuki.context.newPage();
  await page.goto(`${BASE}/NoAuth/Login.html`);
  if (await page.locator('input[name=user]').count()) {
    await page.fill('input[name=user]', 'root');
    await page.fill('input[name=pass]', 'testpass123');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/NoAuth/Login')), page.press('input[name=pass]', 'Enter')]);
  }
  await page.goto(`${BASE}/`);
  if ((await page.evaluate(() => document.body.id)) !== 'comp-index') throw new Error(`could not log in to RT as root: ${page.url()}`);
  await page.close();
}

/** Milliseconds until `check` holds, or null after WAIT_MS. */
async function timeUntil(check: () => Promise<boolean>): Promise<number | null> {
  const start = Date.now();
  while (Date.now() - start < WAIT_MS) {
    if (await check().catch(() => false)) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return null;
}

/** Types over the whole reply box with the browser's input events: the textarea, or CKEditor's body in its iframe. */
async function typeDraft(page: Page, mode: Mode, text: string): Promise<void> {
  const box = mode === 'plain' ? page.locator('textarea#UpdateContent') : page.frameLocator('#cke_UpdateContent iframe.cke_wysiwyg_frame').locator('body');
  await box.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

async function runCase(kizuki: KizukiBrowser, mode: Mode, lang: Lang, ticket: number): Promise<Row> {
  const c = CASES[lang];
  const row: Row = { mode, lang, ticket, appeared: null, cleared: null, note: '' };
  const page = await kizuki.context.newPage();
  await page.goto(`${BASE}/Ticket/Display.html?id=${ticket}`);
  await page.waitForSelector('#delayed_ticket_history div.transaction', { timeout: WAIT_MS });
  const panel = await kizuki.openPanel(await kizuki.tabIdOf(page), { lang });
  try {
    const header = panel.getByTestId('session-header');
    const said = panel.getByTestId('latest-customer-message');
    if ((await timeUntil(async () => (await header.getAttribute('data-tool')) === `custom-${RT_DESCRIPTION.id}` && (await said.innerText()).includes(c.lastWords))) === null) {
      row.note = `ticket page: not read (${await header.getAttribute('data-tool')}, "${(await said.innerText().catch(() => '')).slice(0, 80)}")`;
      return row;
    }
    const shown = await said.innerText();
    const notHers = c.notHerWords.filter((w) => shown.includes(w));
    if (notHers.length) row.note = `read as the customer's words: ${notHers.join(', ')}; `;

    await page.goto(`${BASE}/Ticket/Update.html?id=${ticket}&Action=Respond`);
    if (mode === 'rich') await page.waitForFunction(() => (window as unknown as { CKEDITOR?: { instances?: Record<string, { status?: string }> } }).CKEDITOR?.instances?.UpdateContent?.status === 'ready', undefined, { timeout: WAIT_MS });
    else await page.waitForSelector('textarea#UpdateContent', { timeout: WAIT_MS });
    if ((await timeUntil(async () => (await said.innerText()).includes(c.lastWords) && (await panel.getByTestId('reading-note').count()) > 0)) === null) {
      row.note += `reply page: the thread read on the ticket page was not kept (panel: "${(await said.innerText().catch(() => '')).replace(/\s+/g, ' ').slice(0, 80)}", ${await panel.getByTestId('adapter-health').innerText().catch(() => 'not detected')})`;
      return row;
    }
    const card = panel.locator('[data-testid="prompt"][data-rule-id="apologise-first"]');
    await typeDraft(page, mode, c.explains);
    row.appeared = await timeUntil(async () => (await card.count()) === 1);
    if (row.appeared === null) {
      row.note += `apologise-first did not appear (draft shown: "${(await panel.getByTestId('draft').innerText()).slice(0, 60)}")`;
      return row;
    }
    await typeDraft(page, mode, c.apologises);
    row.cleared = await timeUntil(async () => (await card.count()) === 0);
    if (row.cleared === null) row.note += 'apologise-first did not clear';
    return row;
  } finally {
    await panel.close();
    await page.close();
  }
}

function table(rows: Row[]): string {
  const ms = (v: number | null) => (v === null ? '—' : `${v} ms`);
  const lines = ['| mode | language | ticket | appeared | cleared | note |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.mode === 'plain' ? 'textarea' : 'CKEditor 4 (iframe)'} | ${r.lang} | #${r.ticket} | ${r.appeared === null ? 'no' : 'yes'} ${ms(r.appeared)} | ${r.cleared === null ? 'no' : 'yes'} ${ms(r.cleared)} | ${r.note || 'ok'} |`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const rows: Row[] = [];
  let kizuki: KizukiBrowser | null = null;
  try {
    // `-- --mode plain` runs one mode (while fixing something); the default is both.
    const only = process.argv.indexOf('--mode');
    const modes: Mode[] = only !== -1 && (process.argv[only + 1] === 'plain' || process.argv[only + 1] === 'rich') ? [process.argv[only + 1] as Mode] : ['plain', 'rich'];
    for (const mode of modes) {
      const ids = setup(mode);
      if (!kizuki) {
        kizuki = await launchKizuki();
        const lead = await openToolsConsole(kizuki);
        await fillToolForm(lead, RT_DESCRIPTION);
        await lead.locator('#tool-field-channel').selectOption('email');
        await saveTool(lead);
        await lead.close();
      }
      await login(kizuki);
      for (const lang of ['en', 'ja'] as const) {
        const ticket = ids.get(CASES[lang].key);
        if (ticket === undefined) throw new Error(`setup.sh seeded no ticket "${CASES[lang].key}"`);
        rows.push(await runCase(kizuki, mode, lang, ticket));
      }
    }
  } finally {
    await kizuki?.close();
    setup('plain'); // leave RT as the other tools expect it
  }
  const report = `Kizuki on Request Tracker 5, described in the console (${new Date().toISOString()})\n\n${table(rows)}\n`;
  console.log(`\n${report}`);
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/rt5-coach.md', report);
  return rows.every((r) => r.appeared !== null && r.cleared !== null && !r.note) ? 0 : 1;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
