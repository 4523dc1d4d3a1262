#!/usr/bin/env node
// Captures real Request Tracker 5 pages into tests/fixtures/rt5/ with headless Chromium.
//
//   node tests/rt5/capture.mjs                 plain mode, then rich mode, then back to plain
//   node tests/rt5/capture.mjs --mode rich     one mode only (RT is left in that mode)
//   node tests/rt5/capture.mjs --no-setup      use RT as it runs now (/tmp/kizuki-rt5/tickets.json)
//
// For each mode it first runs tests/rt5/setup.sh --plain|--rich (as root: it installs RT if
// needed, rewrites 99-local.pm, restarts rt-server, seeds) and reads the ticket ids from the
// JSON line it prints. For each ticket named in tickets.json "capture" (one English, one
// Japanese) it saves, with a first-line comment giving the URL and the capture date:
//   <lang>-display.html              /Ticket/Display.html?id=N after the history XHR (plain mode)
//   <lang>-update-plain.html         /Ticket/Update.html?id=N&Action=Respond, plain <textarea>
//   <lang>-update-rich.html          the same with CKEditor 4 (outer document)
//   <lang>-update-rich.iframe.html   CKEditor's editing iframe document
//   en-display-html-mail.html        ticket en-before-trip, whose last message is HTML mail
//   <lang>-update-quoted-<mode>.html (+ .iframe.html in rich mode) the reply page as a
//                                    message's own Reply link opens it (&QuoteTransaction=T),
//                                    its box prefilled with that message quoted
// Pages are saved as the browser holds them (document.documentElement.outerHTML), scripts
// and all; nothing is stripped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const HERE = fileURLToPath(new URL('.', import.meta.url));
const OUT = fileURLToPath(new URL('../fixtures/rt5/', import.meta.url));
const STATE_FILE = '/tmp/kizuki-rt5/tickets.json';
// One more ticket page: its last message is HTML mail (Gmail-style multipart/alternative).
const EXTRA_DISPLAYS = [{ key: 'en-before-trip', lang: 'en', file: 'en-display-html-mail.html' }];

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const noSetup = argv.includes('--no-setup');
const modes = opt('--mode') ? [opt('--mode')] : ['plain', 'rich'];
for (const m of modes) if (m !== 'plain' && m !== 'rich') throw new Error(`--mode must be plain or rich, not ${m}`);

function setup(mode) {
  if (noSetup) {
    const state = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
    if (state.mode !== mode) throw new Error(`RT runs in ${state.mode} mode, not ${mode}; run setup.sh --${mode} or drop --no-setup`);
    return state;
  }
  console.log(`capture: bash tests/rt5/setup.sh --${mode}`);
  const r = spawnSync('bash', [`${HERE}setup.sh`, `--${mode}`], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`setup.sh --${mode} exited ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

function save(file, url, html, note) {
  const stamp = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  writeFileSync(`${OUT}${file}`, `<!-- ${url} captured ${stamp} by tests/rt5/capture.mjs; ${note} -->\n${html}\n`);
  console.log(`capture: saved tests/fixtures/rt5/${file} (${Math.round(html.length / 1024)} KiB)`);
}

const serialize = () => {
  const d = document.doctype ? new XMLSerializer().serializeToString(document.doctype) + '\n' : '';
  return d + document.documentElement.outerHTML;
};

async function login(page, state) {
  await page.goto(state.login);
  await page.fill('input[name=user]', state.user);
  await page.fill('input[name=pass]', 'testpass123');
  // The POST answers 200 with the login form again, but the session is logged in from then on.
  await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/NoAuth/Login')), page.press('input[name=pass]', 'Enter')]);
  await page.waitForLoadState('load');
  await page.goto(`${state.base}/`);
  if ((await page.evaluate(() => document.body.id)) !== 'comp-index') throw new Error(`login as ${state.user} failed: ${page.url()}`);
}

async function rtVersion(page) {
  return (await page.locator('#version span').last().textContent().catch(() => '')).replace(/^RT Version\s*/, '').trim();
}

// The history arrives by XHR (#delayed_ticket_history loads /Helpers/TicketHistory) and then
// slides open: wait for the transactions, the network, and the animation.
async function openDisplay(page, url) {
  await page.goto(url);
  await page.waitForSelector('#delayed_ticket_history div.transaction[data-transaction-id]', { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !window.jQuery || window.jQuery(':animated').length === 0);
}

// The reply page: wait for the editor (textarea, or CKEditor ready with its iframe) and for the
// "Scrips and Recipients" box, which /Helpers/PreviewScrips fills by XHR.
async function openUpdate(page, url, mode) {
  await page.goto(url);
  await page.waitForSelector('textarea[name=UpdateContent]', { state: 'attached' });
  if (mode === 'rich') {
    await page.waitForFunction(() => window.CKEDITOR?.instances?.UpdateContent?.status === 'ready', null, { timeout: 30000 });
    await page.waitForSelector('iframe.cke_wysiwyg_frame');
  }
  await page.waitForLoadState('networkidle');
  await page.waitForSelector('#previewscrips input[name=TxnSendMailTo]', { state: 'attached', timeout: 15000 }).catch(() => {});
}

async function saveUpdate(page, base, url, mode, note) {
  save(`${base}-${mode}.html`, url, await page.evaluate(serialize), note);
  if (mode === 'rich') {
    const frame = page.frameLocator('iframe.cke_wysiwyg_frame');
    await frame.locator('body.cke_editable').waitFor({ state: 'attached' });
    const handle = await page.$('iframe.cke_wysiwyg_frame');
    const html = await (await handle.contentFrame()).evaluate(serialize);
    save(`${base}-${mode}.iframe.html`, `${url} (iframe.cke_wysiwyg_frame)`, html, note);
  }
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const mode of modes) {
    const state = setup(mode);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
    const page = await context.newPage();
    await login(page, state);
    for (const key of state.capture) {
      const t = state.tickets.find((x) => x.key === key);
      if (!t) throw new Error(`ticket ${key} (tickets.json "capture") was not seeded`);
      await openDisplay(page, t.display);
      const version = await rtVersion(page);
      const note = `RT ${version}, MessageBoxRichText ${mode === 'rich' ? 1 : 0}, ticket #${t.id} (${t.key}), logged in as root`;
      if (mode === 'plain') save(`${t.lang}-display.html`, t.display, await page.evaluate(serialize), note);
      // The last message's own Reply link, as an agent answering it would click.
      const quoteHref = await page.locator('#delayed_ticket_history div.transaction.message a.reply-link').last().getAttribute('href');
      const quotedUrl = new URL(quoteHref, t.display).href;

      if (mode === 'plain') {
        for (const extra of EXTRA_DISPLAYS.filter((x) => x.lang === t.lang)) {
          const x = state.tickets.find((y) => y.key === extra.key);
          if (!x) continue;
          await openDisplay(page, x.display);
          save(extra.file, x.display, await page.evaluate(serialize), `RT ${version}, MessageBoxRichText 0, ticket #${x.id} (${x.key}), logged in as root`);
        }
      }
      await openUpdate(page, t.reply, mode);
      await saveUpdate(page, `${t.lang}-update`, t.reply, mode, note);
      await openUpdate(page, quotedUrl, mode);
      await saveUpdate(page, `${t.lang}-update-quoted`, quotedUrl, mode, note);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
// Both modes captured: leave RT as developers expect it, in plain mode.
if (!noSetup && modes.length > 1) setup('plain');
