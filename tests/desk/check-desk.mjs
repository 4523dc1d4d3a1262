#!/usr/bin/env node
// Drives the desk in real Chromium and checks what its users (the tests, the demo, the
// extension) rely on: every scenario plays, every composer takes typing, execCommand,
// a script's beforeinput and paste, as each real editor does; undo works, navigation stays in-page.
//   node tests/desk/check-desk.mjs [--screens DIR] [--only TEXT]   (--only: the checks whose name has TEXT)
// Exits 1 on the first broken expectation; prints one line per check.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startDesk } from './serve.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const screensAt = process.argv.indexOf('--screens');
const screens = screensAt >= 0 ? process.argv[screensAt + 1] : null;
if (screens) mkdirSync(screens, { recursive: true });
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] ?? '' : '';

const desk = await startDesk({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(e.message));

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

/** @param {string} query */
async function open(query) {
  await page.goto(`${desk.url}${query}`);
  await page.waitForFunction(() => document.querySelector('[data-desk-root]')?.getAttribute('data-desk-ready') === 'true');
}

/** @param {string} fn @param {...unknown} args */
const call = (fn, ...args) => page.evaluate(([f, a]) => window.kizukiDesk[f](...a), [fn, args]);

/**
 * The frame the composer's editable lives in: the page, or TinyMCE's iframe. Evaluated
 * helpers run there, so `document` is the editable's own document.
 */
async function composerFrame() {
  const frameElement = await page.$('[data-desk-composer-frame]');
  return (await frameElement?.contentFrame()) ?? page.mainFrame();
}

/** Put the caret after `offset` characters of the composer's text, as a user would with the keyboard. */
async function caretAt(offset) {
  const isTextarea = await (await composerFrame()).evaluate(() => {
    const el = document.querySelector('[data-desk-composer]');
    el.focus();
    if (el instanceof HTMLTextAreaElement) el.setSelectionRange(0, 0);
    return el instanceof HTMLTextAreaElement;
  });
  if (!isTextarea) await page.keyboard.press('Control+Home');
  for (let i = 0; i < offset; i++) await page.keyboard.press('ArrowRight');
}

/** What Kizuki does to insert: execCommand('insertText') at the caret. */
const execInsert = async (text) => (await composerFrame()).evaluate((t) => document.execCommand('insertText', false, t), text);
/** A script's beforeinput (untrusted): true when the editor cancelled it. */
const dispatchInsert = async (text) => (await composerFrame()).evaluate((t) => {
  const el = document.querySelector('[data-desk-composer]');
  return !el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: t, bubbles: true, cancelable: true, composed: true }));
}, text);
/** A script's paste event carrying text/plain, as a clipboard integration sends it. */
const dispatchPaste = async (text) => (await composerFrame()).evaluate((t) => {
  const el = document.querySelector('[data-desk-composer]');
  const clipboardData = new DataTransfer();
  clipboardData.setData('text/plain', t);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
}, text);
const composerDomText = async () => (await composerFrame()).$eval('[data-desk-composer]', (el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText.replace(/\n$/, '')));
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
// What each real editor does with each way text can arrive (README, "Composers"). CKEditor 5
// renders from its model and so undoes an execCommand insert (ckeditor/ckeditor5#17798); a
// script's beforeinput or paste reaches it.
const TAKES_EXEC_COMMAND = { textarea: true, contenteditable: true, prosemirror: true, ckeditor: false, tinymce: true };
const RICH = ['prosemirror', 'ckeditor', 'tinymce'];
/** Insert at the caret the way this editor takes from a script: execCommand, else a trusted insertText. */
const insertHere = async (kind, text) => (TAKES_EXEC_COMMAND[kind] ? execInsert(text) : page.keyboard.insertText(text));

for (const kind of ['textarea', 'contenteditable', 'prosemirror', 'ckeditor', 'tinymce']) {
  const rich = RICH.includes(kind);
  await check(`${kind}: setDraft, keyboard typing, and execCommand at the caret`, async () => {
    await open(`?scenario=en-howto-calm&composer=${kind}`);
    assert.equal(await page.getAttribute(kind === 'tinymce' ? '[data-desk-composer-frame]' : '[data-desk-composer]', kind === 'tinymce' ? 'data-desk-composer-frame' : 'data-desk-composer-kind'), kind === 'tinymce' ? '' : kind);
    assert.equal(await call('setDraft', 'Hello world'), 'Hello world');
    assert.equal(await counterLength(), 11);
    await caretAt(11);
    await page.keyboard.type(' again');
    assert.equal(await call('composerValue'), 'Hello world again');
    await caretAt(5);
    await execInsert(', dear');
    await page.waitForTimeout(50);
    if (TAKES_EXEC_COMMAND[kind]) {
      assert.equal(await call('composerValue'), 'Hello, dear world again');
      assert.equal(await counterLength(), 'Hello, dear world again'.length);
    } else {
      assert.equal(await call('composerValue'), 'Hello world again', 'CKEditor 5 keeps its model');
      assert.equal(await composerDomText(), 'Hello world again', 'and renders it back over the browser\'s edit');
    }
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
    await insertHere(kind, '😊');
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
    await page.waitForTimeout(50);
    assert.equal(await call('composerValue'), '担当の佐藤佐藤です。');
    assert.equal(await counterLength(), 10);
  });

  if (rich) {
    await check(`${kind}: a script's beforeinput and paste at the caret`, async () => {
      await call('setDraft', 'Thanks for waiting.');
      await caretAt(6);
      const cancelled = await dispatchInsert(' so much');
      await page.waitForTimeout(150); // CKEditor's typing queue lets a script's insert go after 50 ms
      // Only CKEditor 5 acts on beforeinput; ProseMirror and TinyMCE wait for the browser's edit.
      assert.equal(await call('composerValue'), kind === 'ckeditor' ? 'Thanks so much for waiting.' : 'Thanks for waiting.', `cancelled: ${cancelled}`);
      await caretAt(0);
      await dispatchPaste('Hi Liam! ');
      await page.waitForTimeout(50);
      assert.match(await call('composerValue'), /^Hi Liam! Thanks/);
    });

    await check(`${kind}: its own undo stack (kizukiDesk.undo and Ctrl+Z)`, async () => {
      await call('setDraft', 'One');
      await caretAt(3);
      await page.keyboard.type(' two');
      await page.waitForTimeout(1100); // past ProseMirror's typing-group window
      await page.keyboard.press('ArrowLeft'); // a caret move ends CKEditor's and TinyMCE's typing step
      await page.keyboard.press('ArrowRight');
      await page.keyboard.type(' three');
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
      await (await composerFrame()).evaluate(() => { document.querySelector('[data-desk-composer] p').textContent = 'DOM text'; });
      await page.waitForTimeout(100);
      if (kind === 'ckeditor') {
        assert.equal(await call('composerValue'), 'Model text', 'CKEditor 5 keeps its model');
        assert.equal(await composerDomText(), 'Model text', 'CKEditor 5 re-renders over foreign edits');
      } else {
        assert.equal(await call('composerValue'), 'DOM text', `${kind} reads the DOM back`);
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

await check('setComposer swaps editors and keeps the draft, in every direction', async () => {
  await open('?scenario=ja-howto-calm&composer=textarea');
  await call('setDraft', '一行目\n二行目');
  for (const kind of ['ckeditor', 'tinymce', 'prosemirror', 'contenteditable', 'textarea']) {
    await call('setComposer', kind);
    assert.equal(await call('composerValue'), '一行目\n二行目', kind);
    assert.equal((await call('state')).composer, kind);
  }
  assert.equal(await page.locator('.ck-editor, .tox-tinymce, .ProseMirror').count(), 0, 'the editors before are gone');
});

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
