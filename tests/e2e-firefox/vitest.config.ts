import { defineConfig } from 'vitest/config';
import chromium from '../e2e/vitest.config.ts';

// The Chromium suite's settings (one browser at a time, timeouts, polling), with its own tests and setup.
export default defineConfig({
  test: {
    ...chromium.test,
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
  },
});
