import '../node-compat.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    // One Chromium at a time: the suite runs on two shared cores.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
    // Pages update asynchronously (IndexedDB, messaging between page, background and panel).
    expect: { poll: { timeout: 5_000 } },
  },
});
