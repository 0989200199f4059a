// Locates a Chromium-family browser for the real-browser tests and benchmarks.
// No test tool may download its own browser here, so we use the system one.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Path of Chromium from CHROME_PATH or the PATH, or null. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of CANDIDATES) {
      const candidate = join(dir, name);
      if (dir && isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

export const MISSING_CHROME_MESSAGE = [
  'No Chromium found for the real-browser tests.',
  'Install it (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chrome/Chromium executable.',
].join('\n');

/** Path of Chromium, or exits the process with a clear message. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(MISSING_CHROME_MESSAGE);
    process.exit(1);
  }
  return path;
}

/** Flags for headless Chromium on a CI machine with a closed network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

if (import.meta.url === `file://${process.argv[1]}`) console.log(requireChrome());
