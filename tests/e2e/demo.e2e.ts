import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The README's first command. It runs under tsx, whose compiler differs from the suite's (it keeps
 * function names with a helper the browser does not have), so it is run here the way `npm run demo`
 * runs it, on the build the suite already made and one scenario.
 */
describe('npm run demo', () => {
  it('plays a chat in Chromium with the extension, shows its prompts and ends by saying what to try next', () => {
    const run = spawnSync('npx', ['tsx', 'tests/demo/demo.ts', '--no-build', '--headless'], {
      env: { ...process.env, KIZUKI_TEST_DESK: '1', KIZUKI_DEMO_SCENARIOS: 'en-late-order-deadline' },
      encoding: 'utf8',
      timeout: 170_000,
    });
    expect(run.stderr).not.toMatch(/ReferenceError|TypeError/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/prompts:\n\s+• \[(?:warning|nudge|tip)\] [a-z-]+:/);
    expect(run.stdout).toContain('What to try next');
  }, 180_000);
});
