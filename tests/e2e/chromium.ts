import { ensureDebianBrowser } from './debian-package';

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
  return ensureDebianBrowser({ name: 'Chromium', path: CHROMIUM, packages: ['chromium', 'fonts-noto-cjk'] });
}
