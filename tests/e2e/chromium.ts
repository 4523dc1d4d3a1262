import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.KIZUKI_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags for Debian's Chromium run headless as root on a machine with no outside network:
 * without the background-networking flags it keeps trying to reach Google's services.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
  '--disable-default-apps',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/** Makes sure Chromium is installed: with apt when running as root, otherwise one clear sentence. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: install Debian's "chromium" package (sudo apt-get install -y chromium) and run the tests again.`);
  }
  console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's chromium package with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    throw new Error('Installing Chromium with apt-get failed: run "apt-get install -y chromium" by hand and run the tests again.');
  }
  console.log(execFileSync(CHROMIUM, ['--version']).toString().trim());
  return CHROMIUM;
}
