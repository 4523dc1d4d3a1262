#!/usr/bin/env node
// Drives the classic site (the self-hosted helpdesk and the webmail, `startDesk({ classic: true })`)
// in real Chromium, as a person and as the tests use it through window.kizukiClassic:
// the history arriving late, the reply page without a thread, both reply editors and their
// stale mirrors, a whole exchange, and no Kizuki marker anywhere on the pages.
//   node tests/desk/check-classic.mjs [--screens DIR] [--only TEXT]
// Exits 1 on a broken expectation; prints one line per check.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDesk } from './serve.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const arg = (name) => { const at = process.argv.indexOf(name); return at >= 0 ? process.argv[at + 1] ?? '' : null; };
const screens = arg('--screens');
const only = arg('--only') ?? '';
if (screens) mkdirSync(screens, { recursive: true });

const site = await startDesk({ classic: true, port: 0, historyDelayMs: 400 });
const desk = await startDesk({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

/** @param {string} name @param {() => Promise<void>} body */
async function check(name, body) {
  if (!name.includes(only)) return;
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (error) {
    console.log(`FAIL ${name}\n     ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}

/** Open a classic page and wait until kizukiClassic says it is whole. @param {string} path */
async function open(path) {
  await page.goto(new URL(path, site.url).toString());
  await page.waitForFunction(() => window.kizukiClassic?.ready);
  await page.evaluate(() => window.kizukiClassic.ready);
}
const hook = (fn, ...args) => page.evaluate(([f, a]) => window.kizukiClassic[f](...a), [fn, args]);
/** The server's tickets now, as kizukiClassic.tickets() gives them in a page. */
const tickets = async () => (await fetch(new URL('/REST/2.0/tickets', site.url))).json();
const byKey = async (key) => (await tickets()).find((t) => t.key === key);
const shot = async (name) => { if (screens) await page.screenshot({ path: `${screens}/${name}.png`, fullPage: true }); };

/** Nothing on the page is there for Kizuki: no data-desk-*, no "kizuki" in the markup. */
async function assertUnmarked() {
  const found = await page.evaluate(() => {
    const docs = [document, ...Array.from(document.querySelectorAll('iframe')).map((f) => f.contentDocument).filter(Boolean)];
    return docs.flatMap((doc) => Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^data-desk|kizuki/i.test(a.name) || /kizuki/i.test(a.value)).map((a) => `${el.tagName}[${a.name}]`)))
      .concat(docs.some((doc) => /kizuki/i.test(doc.documentElement.outerHTML)) ? ['the word kizuki'] : []);
  });
  assert.deepEqual(found, []);
}

// ----- the helpdesk ----------------------------------------------------------------------------
await check('the ticket list links every ticket by an id in the query only', async () => {
  await open('/');
  assert.equal(new URL(page.url()).pathname, '/index.html');
  const links = await page.$$eval('table.collection-list a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 16 && links.every((href) => /^\/Ticket\/Display\.html\?id=\d+$/.test(href)), links.join(' '));
  assert.deepEqual((await hook('tickets')).map((t) => t.id), (await tickets()).map((t) => t.id));
  await assertUnmarked();
  await shot('helpdesk-list');
});

await check('a ticket page: the history arrives by XHR after the page, replacing "Loading..."', async () => {
  const { id } = await byKey('ja-broken-order');
  await page.goto(new URL(`/Ticket/Display.html?id=${id}`, site.url).toString());
  assert.equal(await page.locator('#ticket-history-box .titlebox-content').textContent(), '読み込み中...');
  assert.equal(await page.locator('.history-item').count(), 0);
  await page.waitForSelector('.history-item');
  assert.equal(await page.locator('.history-item').count(), 3);
  await page.evaluate(() => window.kizukiClassic.ready);
  await assertUnmarked();
  await shot('helpdesk-ticket-ja');
});

await check('who wrote each message shows only in its header line and the people box', async () => {
  const lines = await page.$$eval('.history-item .item-who', (els) => els.map((el) => el.textContent));
  assert.deepEqual(lines, ['山田 花子 <hanako@example.jp> - チケット作成', 'agent-sato (佐藤 一郎) - 返信を追加', '山田 花子 <hanako@example.jp> - 返信を追加']);
  assert.equal(await page.locator('.people').getByText('山田 花子 <hanako@example.jp>').count(), 1);
  const classes = await page.$$eval('.history-item', (els) => els.map((el) => el.className));
  assert.ok(classes.every((c) => !/customer|agent|inbound|outbound|requestor/.test(c)), classes.join(' | '));
  assert.equal(await page.locator('.history-item').nth(1).locator('.mail-headers').count(), 0, 'an agent\'s web reply has no mail headers');
  const keys = await page.$$eval('.history-item', (els) => els.map((el) => Array.from(el.querySelectorAll('.header-key')).map((k) => k.textContent).join('')));
  assert.notEqual(keys[0], keys[2], 'header rows come in another order from mail to mail');
});

await check('quoted history is folded but in the page; the signature is not', async () => {
  const last = page.locator('.history-item').last();
  assert.match(await last.textContent(), /-- 山田 花子/); // "-- " keeps its space in the markup
  assert.match(await last.innerText(), /--\n山田 花子/);
  assert.doesNotMatch(await last.innerText(), /Original Message/);
  assert.match(await last.textContent(), /-----Original Message-----/);
  await last.locator('.fold-switch').click();
  assert.match(await last.innerText(), /-----Original Message-----/);
});

await check('English tickets: "On … wrote:" with "> " lines, and an HTML mail with a blockquote', async () => {
  const broken = await byKey('en-broken-order');
  await open(`/Ticket/Display.html?id=${broken.id}`);
  const text = await page.locator('.history-item').last().textContent();
  assert.match(text, /On Sat, Nov 28, 2026 at 9:05 AM Hibari Goods Support <support@hibari.example> wrote:/);
  assert.match(text, /> I'm so sorry the planter arrived broken/);
  assert.deepEqual(await page.$$eval('.item-who', (els) => els.map((el) => el.textContent.replace(/ - .*/, ''))), ['Rachel Kim <rachel.kim@example.com>', 'agent-reed (Morgan Reed)', 'Rachel Kim <rachel.kim@example.com>']);
  const trip = await byKey('en-before-trip');
  await open(`/Ticket/Display.html?id=${trip.id};lang=en`);
  const last = page.locator('.history-item').last();
  assert.equal(await last.locator('.message-body').first().textContent(), '', 'the text part of an HTML mail shows empty');
  assert.equal(await last.locator('.stanza.folded blockquote').count(), 1);
});

for (const editor of ['plain', 'rich']) {
  await check(`the reply page (${editor}) shows no thread, labels its fields, and types with real input events`, async () => {
    const t = await byKey('en-manager');
    await open(`/Ticket/Update.html?id=${t.id}&Action=Respond&editor=${editor}`);
    assert.equal(await page.locator('.history-item').count(), 0);
    assert.doesNotMatch(await page.locator('body').innerText(), /speak to a manager/);
    for (const label of ['Subject:', 'Cc:', 'Bcc:', 'Message:']) assert.equal(await page.getByText(label, { exact: true }).count(), 1, label);
    assert.equal(await page.inputValue('input[name=id]'), String(t.id));
    assert.equal(await hook('editor'), editor === 'plain' ? 'plain' : 'ckeditor4');
    if (editor === 'rich') {
      assert.equal(await page.locator('#cke_UpdateContent iframe').count(), 1);
      assert.equal(await page.isVisible('#UpdateContent'), false, 'the textarea is hidden beside the editor');
    }
    assert.equal(await hook('type', 'Hi Linda,\nI am so sorry.'), 'Hi Linda,\nI am so sorry.');
    if (editor === 'rich') {
      assert.equal(await hook('mirror'), '', 'the hidden textarea has not heard of it');
      await page.click('#UpdateSubject'); // the editor's blur comes a moment later
      await page.waitForFunction(() => /Hi Linda,/.test(window.kizukiClassic.mirror()), null, { timeout: 2000 });
      await page.frameLocator('#cke_UpdateContent iframe').locator('body').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' Really.');
      assert.equal(await hook('value'), 'Hi Linda,\nI am so sorry. Really.');
      assert.doesNotMatch(await hook('mirror'), /Really/, 'stale again until the next blur');
    }
    await assertUnmarked();
    await shot(`helpdesk-reply-${editor}`);
  });

  await check(`the quoted reply page (${editor}) starts with the message quoted, signature cut`, async () => {
    const t = await byKey('ja-before-trip');
    const last = t.messages.at(-1);
    await open(`/Ticket/Update.html?id=${t.id}&Action=Respond&QuoteTransaction=${last.transaction}&editor=${editor}`);
    const value = await hook('value');
    assert.match(value, /wrote:\n?> まだ発送のご連絡がありません。/);
    assert.doesNotMatch(value, /小林 美咲|> > /, 'neither the signature nor the older history');
    if (editor === 'rich') assert.notEqual(await hook('mirror'), await hook('html'), 'the textarea keeps the server\'s HTML, the editor its own');
  });
}

await check('a whole exchange: reply (rich), back on the ticket page, the customer\'s next mail arrives', async () => {
  const t = await byKey('en-how-to');
  await open(`/Ticket/Update.html?id=${t.id}&Action=Respond&editor=rich`);
  await hook('type', 'Hi Sam,\nUnder Account > Invoices, choose "Download all".');
  await Promise.all([page.waitForURL(/\/Ticket\/Display\.html\?id=\d+&results=1$/), hook('send')]);
  await page.evaluate(() => window.kizukiClassic.ready);
  assert.equal(await page.locator('.results').count(), 1);
  const whos = await page.$$eval('.item-who', (els) => els.map((el) => el.textContent));
  assert.equal(whos.at(-1), 'agent-reed (Morgan Reed) - Correspondence added');
  assert.match(await page.locator('.history-item').last().innerText(), /Under Account > Invoices/);
  await page.waitForTimeout(1700);
  const after = await byKey('en-how-to');
  assert.deepEqual(after.messages.map((m) => m.from), ['customer', 'agent', 'customer']);
  assert.equal(after.messages[1].text, 'Hi Sam,\nUnder Account > Invoices, choose "Download all".');
  await page.reload();
  await page.evaluate(() => window.kizukiClassic.ready);
  assert.equal(await page.locator('.history-item').count(), 3);
  assert.match(await page.locator('.history-item').last().innerText(), /Found it, thanks a lot!/);
});

await check('a plain reply posted from the page\'s own button', async () => {
  const t = await byKey('ja-how-to');
  await open(`/Ticket/Update.html?Action=Respond;id=${t.id}&editor=plain`);
  await page.fill('#UpdateContent', '森様\n\nマイページの「領収書」から宛名を変更できます。');
  await Promise.all([page.waitForURL(/Display\.html/), page.click('input[type=submit]')]);
  assert.equal((await byKey('ja-how-to')).messages.at(-1).text, '森様\n\nマイページの「領収書」から宛名を変更できます。');
});

await check('the mail gateway adds a customer\'s mail to the ticket', async () => {
  const t = await byKey('ja-manager');
  const response = await fetch(new URL('/REST/1.0/NoAuth/mail-gateway', site.url), { method: 'POST', body: new URLSearchParams({ ticket: String(t.id), message: 'まだですか？' }) });
  assert.equal(response.status, 200);
  assert.equal((await byKey('ja-manager')).messages.at(-1).text, 'まだですか？');
});

// ----- the webmail ---------------------------------------------------------------------------
await check('webmail: the inbox, and a message at ?_uid=N&_mbox=INBOX', async () => {
  await open('/mail/');
  assert.match(page.url(), /\/mail\/$/);
  const links = await page.$$eval('#messagelist a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 8 && links.every((h) => /[?&]_uid=\d+/.test(h) && /_mbox=INBOX/.test(h)));
  await assertUnmarked();
  await shot('webmail-inbox');
  const t = await byKey('en-broken-order');
  const uid = t.messages.at(-1).uid;
  await open(`/mail/?_task=mail&_mbox=INBOX&_uid=${uid}&_action=show`);
  assert.equal(await page.locator('.header.from').textContent(), 'Rachel Kim <rachel.kim@example.com>');
  assert.equal(await page.locator('#messagebody blockquote').count(), 1);
  await assertUnmarked();
  await shot('webmail-message');
});

await check('webmail: Reply opens a compose page that carries no message id, the thread quoted in TinyMCE', async () => {
  await Promise.all([page.waitForURL(/_action=compose&_id=[0-9a-f]{24}$/), page.click('#message-buttons .reply')]);
  await page.evaluate(() => window.kizukiClassic.ready);
  const t = await byKey('en-broken-order');
  const ids = [String(t.id), ...t.messages.map((m) => String(m.uid)), ...t.messages.map((m) => String(m.transaction))];
  const query = new URL(page.url()).searchParams;
  assert.deepEqual([...query.keys()], ['_task', '_action', '_id']);
  const hidden = await page.$$eval('input[type=hidden]', (inputs) => inputs.map((i) => `${i.name}=${i.value}`));
  assert.ok(hidden.every((h) => !ids.includes(h.split('=')[1] ?? '')), hidden.join(' '));
  assert.equal(await hook('editor'), 'tinymce');
  assert.equal(await page.locator('.tox-tinymce iframe').count(), 1);
  assert.equal(await page.isVisible('#composebody'), false);
  const draft = await hook('value');
  assert.match(draft, /Rachel Kim <rachel.kim@example.com> wrote:\nSeriously\? You want me to photograph/);
  await hook('type', 'Hi Rachel, a replacement ships today by express.');
  assert.match(await hook('value'), /^Hi Rachel, a replacement ships today by express.\n/);
  assert.doesNotMatch(await hook('mirror'), /replacement ships today/, 'the textarea still holds the draft as it was served');
  assert.equal(await page.inputValue('#compose-subject'), `Re: [support.hibari.example #${t.id}] My planter arrived SMASHED - order HB-7731`);
  await assertUnmarked();
  await shot('webmail-compose');
});

await check('webmail: Send puts the reply into the conversation and lists it in Sent', async () => {
  await Promise.all([page.waitForURL(/_mbox=INBOX&_sent=1$/), hook('send')]);
  assert.equal(await page.locator('#messagestack .confirmation').count(), 1);
  const t = await byKey('en-broken-order');
  const reply = t.messages.at(-1);
  assert.equal(reply.from, 'agent');
  assert.match(reply.text, /^Hi Rachel, a replacement ships today by express\.\n/);
  assert.match(reply.html, /<blockquote/);
  await open('/mail/?_task=mail&_mbox=Sent');
  assert.ok((await page.locator('#messagelist tbody tr').count()) >= 1);
});

await check('the desk and the classic site are different sites (ports)', async () => {
  assert.notEqual(new URL(site.url).port, new URL(desk.url).port);
  assert.equal((await fetch(new URL('/desk/', site.url))).status, 404);
});

await check('no page errors', async () => assert.deepEqual(errors, []));

await browser.close();
await site.close();
await desk.close();
