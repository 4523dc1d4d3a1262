import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { EXTENSION_DIR } from './harness';
import { ensureChromium } from './chromium';
import { startDesk } from '../desk/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    deskUrl: string;
  }
}

/**
 * The tests drive the stand-in desk, which only the test build reads: a store build left in
 * .output (plain `wxt build`) would fail every test with "not detected", so say what to run.
 */
function requireTestBuild(): void {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const matches = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, 'utf8')) as { content_scripts?: { matches: string[] }[] }).content_scripts?.flatMap((c) => c.matches) ?? []
    : [];
  if (!matches.some((m) => m.includes('/desk/'))) {
    throw new Error(`${manifest} is not the test build (it does not read the stand-in desk): run "npm run build:e2e" (KIZUKI_TEST_DESK=1 wxt build) first, or "npm run test:e2e".`);
  }
}

/** One Chromium check and one desk server for the whole end-to-end run. */
export default async function setup(project: TestProject) {
  requireTestBuild();
  ensureChromium();
  const desk = await startDesk({ port: 0 });
  project.provide('deskUrl', desk.url);
  return async () => desk.close();
}
