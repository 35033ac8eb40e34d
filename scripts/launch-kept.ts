/**
 * Launches Chromium with the built Kept extension in a fresh temporary profile, through
 * playwright-core (never a downloaded browser: the executable comes from `findBrowser`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { browserArgs, findBrowser, NO_BROWSER_MESSAGE } from './find-browser';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface KeptBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Closes the browser and deletes the temporary profile. */
  close(): Promise<void>;
}

export class NoBrowserError extends Error {
  constructor() {
    super(NO_BROWSER_MESSAGE);
  }
}

/** Starts the browser with Kept loaded and waits for Kept's service worker. */
export async function launchKept({
  headless = true,
  extensionDir = EXTENSION_DIR,
  viewport = { width: 1280, height: 860 },
}: {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
} = {}): Promise<KeptBrowser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new NoBrowserError();
  const profile = mkdtempSync(join(tmpdir(), 'kept-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport,
    args: browserArgs(extensionDir),
    // Playwright disables extensions by default; Kept is an extension.
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      async close() {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/** The URL of one of Kept's pages (`popup`, `sidepanel`, `options`, `playground`). */
export const pageUrl = (extensionId: string, page: string): string =>
  `chrome-extension://${extensionId}/${page}.html`;
