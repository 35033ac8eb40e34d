/**
 * Finds a Chromium or Chrome to run Kept in: `CHROME_PATH` first, then the usual install paths.
 * Shared by `npm start`, the end-to-end tests and the benchmarks so they all run the same browser.
 */
import { accessSync, constants } from 'node:fs';

const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/lib/chromium/chromium', // Debian's binary (/usr/bin/chromium is a wrapper script)
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser executable to use, or undefined when none is installed. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return isExecutable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  return (CANDIDATES[process.platform] ?? []).find(isExecutable);
}

export const NO_BROWSER_MESSAGE = `Kept needs Chromium or Chrome and found neither.
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium   (or install Google Chrome)
or point CHROME_PATH at a Chrome/Chromium executable:  CHROME_PATH=/path/to/chrome npm start`;

/**
 * Flags for a quiet, private, offline-friendly browser with Kept loaded. The background-networking
 * flags stop Chromium's own calls home (this machine's network is closed; they would fail noisily).
 */
export function browserArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
  ];
}
