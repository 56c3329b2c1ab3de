import { execFileSync } from 'node:child_process';

// The one browser every browser run uses, the Playwright tests and the benchmark alike: Debian's
// Chromium (`apt-get install chromium`), never a downloaded one.
export const chromiumPath = '/usr/bin/chromium';

export const chromiumFlags = [
  // Containers and CI machines run as root, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  // /dev/shm is small in containers; a page that runs out of it crashes.
  '--disable-dev-shm-usage',
  // No update checks, sync or other background requests to compete with what is measured.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What `chromium --version` says, as the benchmarks record it: "unknown" if it cannot run. */
export function chromiumVersion() {
  try {
    return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
