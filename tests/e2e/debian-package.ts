import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface DebianBrowser {
  /** What a person calls it, for the messages: "Chromium", "Firefox ESR". */
  name: string;
  /** Where Debian's package puts the program. */
  path: string;
  /** The packages that bring it (the first one is the browser itself). */
  packages: readonly string[];
}

/**
 * Makes sure a browser from Debian's archive is installed: with apt when running as root (CI
 * starts from a clean Debian), otherwise one clear sentence saying what to install.
 */
export function ensureDebianBrowser({ name, path, packages }: DebianBrowser): string {
  if (existsSync(path)) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const command = `apt-get install -y ${packages.join(' ')}`;
  if (!isRoot) {
    throw new Error(`${name} is not installed at ${path}: install Debian's "${packages[0]}" package (sudo ${command}) and run the tests again.`);
  }
  console.log(`${name} is missing at ${path}; installing Debian's ${packages[0]} package with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  if (install.status !== 0 || !existsSync(path)) {
    throw new Error(`Installing ${name} with apt-get failed: run "${command}" by hand and run the tests again.`);
  }
  console.log(execFileSync(path, ['--version']).toString().trim());
  return path;
}
