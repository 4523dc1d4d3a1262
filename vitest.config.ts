import './tests/node-compat.ts';
import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // A linked node_modules (a worktree sharing another checkout's) lies outside the root, and the
  // DOM tests' setup files are served from it: let Vite serve files from there too.
  server: { fs: { allow: ['.', realpathSync('node_modules')] } },
  test: {
    include: ['lib/**/*.test.ts', 'lib/**/*.test.tsx', 'components/**/*.test.tsx', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/provide-structure.ts'],
    // CI runs on two shared cores: a slow machine must not fail a test that is only slow.
    testTimeout: 30_000,
  },
});
