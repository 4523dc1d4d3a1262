import '../node-compat.ts';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    environment: 'node',
    // One Firefox at a time: the suite runs on two shared cores.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
    // The sidebar updates asynchronously (messaging between page, background and sidebar).
    expect: { poll: { timeout: 5_000 } },
  },
});
