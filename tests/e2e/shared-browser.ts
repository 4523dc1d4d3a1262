import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchKizuki, type KizukiBrowser } from './harness';

/**
 * One browser for a file's tests. Even a failed test leaves no tab behind (the browser's first
 * tab stays, so the browser does). Returns the browser once it is launched.
 */
export function sharedBrowser(): () => KizukiBrowser {
  let kizuki: KizukiBrowser | undefined;
  let firstTab: Page | undefined;
  beforeAll(async () => {
    kizuki = await launchKizuki();
    firstTab = kizuki.context.pages()[0];
  });
  afterEach(async () => {
    if (kizuki) await Promise.all(kizuki.context.pages().filter((page) => page !== firstTab).map((page) => page.close()));
  });
  afterAll(async () => kizuki?.close());
  return () => {
    if (!kizuki) throw new Error('The shared browser is used before it was launched.');
    return kizuki;
  };
}
