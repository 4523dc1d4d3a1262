#!/usr/bin/env node
// Drives the desk in real Chromium and checks what its users (the tests, the demo, the
// extension) rely on: every scenario plays, every composer takes typing, execCommand,
// dispatched beforeinput and paste at the caret, undo works, navigation stays in-page.
//   node tests/desk/check-desk.mjs [--screens DIR]
// Exits 1 on the first broken expectation; prints one line per check.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDesk } from './serve.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const screensAt = process.argv.indexOf('--screens');
const screens = screensAt >= 0 ? process.argv[screensAt + 1] : null;
if (screens) mkdirSync(screens, { recursive: true });

const desk = await startDesk({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));

/** @param {string} name @param {() => Promise<void>} body */
async function check(name, body) {
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (error) {
    console.log(`FAIL ${name}\n     ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  }
}

/** @param {string} query */
async function open(query) {
  await page.goto(`${desk.url}${query}`);
  await page.waitForFunction(() => document.querySelector('[data-desk-root]')?.getAttribute('data-desk-ready') === 'true');
}

/** @param {string} fn @param {...unknown} args */
const call = (fn, ...args) => page.evaluate(([f, a]) => window.kizukiDesk[f](...a), [fn, args]);

/** Put the caret after `offset` characters of the composer's text, as a user would with the keyboard. */
async function caretAt(offset) {
  const isTextarea = await page.evaluate(() => {
    const el = document.querySelector('[data-desk-composer]');
    el.focus();
    if (el instanceof HTMLTextAreaElement) el.setSelectionRange(0, 0);
    return el instanceof HTMLTextAreaElement;
  });
  if (!isTextarea) await page.keyboard.press('Control+Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

const execInsert = (text) => page.evaluate((t) => document.execCommand('insertText', false, t), text);
const dispatchInsert = (text) => page.evaluate((t) => {
  const el = document.querySelector('[data-desk-composer]');
  const init = { inputType: 'insertText', data: t, bubbles: true, cancelable: true, composed: true };
  if (el.dispatchEvent(new InputEvent('beforeinput', init))) return 'not handled';
  el.dispatchEvent(new InputEvent('input', { ...init, cancelable: false }));
  return 'handled';
}, text);
const dispatchPaste = (text) => page.evaluate((t) => {
  const el = document.querySelector('[data-desk-composer]');
  const dataTransfer = new DataTransfer();
  dataTransfer.setData('text/plain', t);
  el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer, bubbles: true, cancelable: true }));
}, text);
const counterLength = () => page.$eval('[data-desk-composer-count]', (el) => Number(el.getAttribute('data-desk-composer-length')));

// ----- every scenario plays to its end ------------------------------------------------------
const scenarios = await (await fetch(`${desk.url}assets/scenarios.json`)).json();
for (const s of scenarios) {
  await check(`scenario ${s.id} plays to the end (autoplay, speed 50)`, async () => {
    await open(`?scenario=${s.id}&autoplay=1&speed=50`);
    await page.waitForFunction(() => document.querySelector('[data-desk-root]').dataset.deskPlayback === 'done', null, { timeout: 15000 });
    const state = await call('state');
    const lines = s.steps.filter((step) => 'from' in step).length;
    assert.equal(state.turns.length, lines);
    const selector = s.channel === 'voice' ? '[data-desk-transcript-line]' : '[data-desk-message]';
    assert.equal(await page.locator(selector).count(), lines);
    assert.equal(await page.getAttribute('[data-desk-conversation-id]', 'data-desk-conversation-id'), s.id);
    if (screens) await page.screenshot({ path: `${screens}/${s.id}.png` });
  });
}

// ----- composers ----------------------------------------------------------------------------
for (const kind of ['textarea', 'contenteditable', 'prosemirror', 'ckeditor']) {
  const rich = kind === 'prosemirror' || kind === 'ckeditor';
  await check(`${kind}: setDraft, keyboard typing and execCommand at the caret`, async () => {
    await open(`?scenario=en-howto-calm&composer=${kind}`);
    assert.equal(await call('setDraft', 'Hello world'), 'Hello world');
    assert.equal(await counterLength(), 11);
    await caretAt(11);
    await page.keyboard.type(' again');
    assert.equal(await call('composerValue'), 'Hello world again');
    await caretAt(5);
    await execInsert(', dear');
    assert.equal(await call('composerValue'), 'Hello, dear world again');
    assert.equal(await counterLength(), 'Hello, dear world again'.length);
  });

  await check(`${kind}: Enter makes a paragraph, Backspace joins it`, async () => {
    await call('setDraft', 'first second');
    await caretAt(5);
    await page.keyboard.press('Enter');
    assert.equal(await call('composerValue'), 'first\n second');
    await page.keyboard.press('Backspace');
    assert.equal(await call('composerValue'), 'first second');
  });

  await check(`${kind}: multi-line setDraft and Japanese text`, async () => {
    assert.equal(await call('setDraft', 'お問い合わせありがとうございます。\n担当の佐藤と申します。'), 'お問い合わせありがとうございます。\n担当の佐藤と申します。');
    await caretAt(17);
    await execInsert('😊');
    assert.equal(await call('composerValue'), 'お問い合わせありがとうございます。😊\n担当の佐藤と申します。');
  });

  await check(`${kind}: Japanese IME composition commits into the editor's text`, async () => {
    await call('setDraft', '担当の佐藤です。');
    await caretAt(3);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'さと', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: 'さとう', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.insertText', { text: '佐藤' });
    await cdp.detach();
    assert.equal(await call('composerValue'), '担当の佐藤佐藤です。');
    assert.equal(await counterLength(), 10);
  });

  if (rich) {
    await check(`${kind}: a dispatched beforeinput+input lands in the model at the caret`, async () => {
      await call('setDraft', 'Thanks for waiting.');
      await caretAt(6);
      assert.equal(await dispatchInsert(' so much'), 'handled');
      assert.equal(await call('composerValue'), 'Thanks so much for waiting.');
      await caretAt(0);
      await dispatchPaste('Hi Liam! ');
      assert.equal(await call('composerValue'), 'Hi Liam! Thanks so much for waiting.');
    });

    await check(`${kind}: its own undo stack (kizukiDesk.undo and Ctrl+Z)`, async () => {
      await call('setDraft', 'One');
      await caretAt(3);
      await execInsert(' two');
      await page.waitForTimeout(1100); // past both editors' typing-group windows
      await execInsert(' three');
      assert.equal(await call('composerValue'), 'One two three');
      assert.equal(await call('undo'), true);
      assert.equal(await call('composerValue'), 'One two');
      await page.keyboard.press('Control+z');
      assert.equal(await call('composerValue'), 'One');
      await page.keyboard.press('Control+Shift+z');
      assert.equal(await call('composerValue'), 'One two');
    });

    await check(`${kind}: text written into the DOM behind the editor's back`, async () => {
      await call('setDraft', 'Model text');
      await page.evaluate(() => { document.querySelector('[data-desk-composer] p').textContent = 'DOM text'; });
      await page.waitForTimeout(50);
      const dom = await page.$eval('[data-desk-composer]', (el) => el.textContent);
      if (kind === 'prosemirror') {
        assert.equal(await call('composerValue'), 'DOM text', 'ProseMirror-style adopts DOM edits');
      } else {
        assert.equal(await call('composerValue'), 'Model text', 'CKEditor-style keeps its model');
        assert.equal(dom, 'Model text', 'CKEditor-style re-renders over foreign edits');
      }
    });
  } else {
    await check(`${kind}: browser undo`, async () => {
      await call('setDraft', 'Alpha');
      await caretAt(5);
      await execInsert(' beta');
      assert.equal(await call('composerValue'), 'Alpha beta');
      await call('undo');
      assert.equal(await call('composerValue'), 'Alpha');
    });
  }

  await check(`${kind}: sendDraft moves the text into the thread and empties the composer`, async () => {
    await call('setDraft', 'Line one\nLine two');
    const before = await page.locator('[data-desk-message]').count();
    assert.equal(await call('sendDraft'), 'Line one\nLine two');
    assert.equal(await page.locator('[data-desk-message]').count(), before + 1);
    assert.equal(await page.locator('[data-desk-message] [data-desk-message-text]').last().textContent(), 'Line one\nLine two');
    assert.equal(await call('composerValue'), '');
    if (screens) await page.screenshot({ path: `${screens}/composer-${kind}.png` });
  });
}

// ----- navigation, live messages, calls ----------------------------------------------------
await check('opening a conversation from the list is single-page navigation; Back returns', async () => {
  await open('?scenario=ja-howto-calm');
  await call('step');
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.click('[data-desk-list-id="ja-supervisor-demand"]');
  assert.equal(new URL(page.url()).pathname, '/desk/c/ja-supervisor-demand');
  assert.equal(await page.evaluate(() => window.__sameDocument), true);
  assert.equal(await page.getAttribute('[data-desk-conversation-id]', 'data-desk-conversation-id'), 'ja-supervisor-demand');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-desk-conversation-id]')?.getAttribute('data-desk-conversation-id') === 'ja-howto-calm');
  assert.equal(await page.locator('[data-desk-message]').count(), 1, 'the earlier conversation keeps its messages');
});

await check('a deep link /desk/c/<id> opens that conversation', async () => {
  await page.goto(`${desk.url}c/en-supervisor-demand?composer=ckeditor`);
  await page.waitForFunction(() => document.querySelector('[data-desk-root]')?.getAttribute('data-desk-ready') === 'true');
  assert.equal(await page.getAttribute('[data-desk-conversation-id]', 'data-desk-conversation-id'), 'en-supervisor-demand');
  assert.equal(await page.getAttribute('[data-desk-composer]', 'data-desk-composer-kind'), 'ckeditor');
});

await check('appendCustomer / appendAgent show live, with times after the script', async () => {
  await open('?scenario=en-supervisor-demand');
  await call('step');
  await call('appendCustomer', 'Hello? Anyone there?');
  await call('appendAgent', 'Yes, I am here.');
  const authors = await page.$$eval('[data-desk-message]', (els) => els.map((el) => el.getAttribute('data-author')));
  assert.deepEqual(authors, ['customer', 'customer', 'agent']);
  const times = await page.$$eval('[data-desk-message] time', (els) => els.map((el) => Date.parse(el.getAttribute('datetime'))));
  assert.ok(times[0] <= times[1] && times[1] <= times[2]);
});

await check('voice: call states, running timer, live transcript', async () => {
  await open('?scenario=en-laughed-complaint&composer=prosemirror');
  await call('step');
  assert.equal(await page.getAttribute('[data-desk-call]', 'data-desk-call-state'), 'ringing');
  await call('step');
  await call('step');
  assert.equal(await page.getAttribute('[data-desk-call]', 'data-desk-call-state'), 'connected');
  assert.equal(await page.getAttribute('[data-desk-call]', 'data-desk-call-started'), '2026-11-19T16:10:03.000Z');
  const t1 = (await call('state')).call.elapsedMs;
  await page.waitForTimeout(1200);
  const t2 = (await call('state')).call.elapsedMs;
  assert.ok(t2 - t1 >= 1000, `timer runs (${t1} → ${t2})`);
  await call('setCallState', 'on-hold');
  assert.equal(await page.getAttribute('[data-desk-call]', 'data-desk-call-state'), 'on-hold');
  await call('appendCustomer', 'Hello?');
  assert.equal(await page.locator('[data-desk-transcript-line][data-author="customer"]').count(), 1);
  await call('setCallState', 'ended');
  const frozen = await page.textContent('[data-desk-call-timer]');
  await page.waitForTimeout(1100);
  assert.equal(await page.textContent('[data-desk-call-timer]'), frozen, 'timer stops when the call ends');
  await call('setDraft', 'Customer wants a call back');
  assert.equal(await call('sendDraft'), 'Customer wants a call back');
  assert.equal(await page.locator('[data-desk-note]').count(), 1, 'on a call, Send saves a note');
  assert.equal(await page.locator('[data-desk-transcript-line]').count(), 2, 'notes are not transcript lines');
});

await check('no page errors', async () => assert.deepEqual(errors, []));

await browser.close();
await desk.close();
