#!/usr/bin/env node
// Saves the desk mid-conversation as HTML fixtures for lib/adapters/desk.test.ts:
//   tests/fixtures/desk/chat.html   ja-laughed-complaint, all steps, ProseMirror composer
//   tests/fixtures/desk/voice.html  ja-late-catalog-second-call, first 9 steps, on a call
// Run after changing the desk's markup: node tests/desk/capture-fixtures.mjs
// Each fixture records its address in <meta name="kizuki:url">, as the other adapters' do,
// and drops the stylesheet and script tags: a parser in a test would try to fetch them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDesk } from './serve.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const OUT = fileURLToPath(new URL('../fixtures/desk/', import.meta.url));
const CAPTURES = [
  { file: 'chat.html', scenario: 'ja-laughed-complaint', composer: 'prosemirror', steps: 5 },
  { file: 'voice.html', scenario: 'ja-late-catalog-second-call', composer: 'textarea', steps: 9 },
];

const desk = await startDesk({ port: 0 });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  mkdirSync(OUT, { recursive: true });
  for (const capture of CAPTURES) {
    await page.goto(`${desk.url}c/${capture.scenario}?composer=${capture.composer}&devtools=0`);
    await page.waitForFunction(() => document.querySelector('[data-desk-root]')?.getAttribute('data-desk-ready') === 'true');
    await page.evaluate((n) => { for (let i = 0; i < n; i++) window.kizukiDesk.step(); }, capture.steps);
    await page.evaluate((id) => {
      document.querySelectorAll('link[rel="stylesheet"], script').forEach((el) => el.remove());
      const meta = document.createElement('meta');
      meta.name = 'kizuki:url';
      meta.content = `http://localhost:5178/desk/c/${id}`;
      document.head.prepend(meta);
    }, capture.scenario);
    writeFileSync(`${OUT}${capture.file}`, `${await page.content()}\n`);
    console.log(`saved tests/fixtures/desk/${capture.file}`);
  }
} finally {
  await browser.close();
  await desk.close();
}
