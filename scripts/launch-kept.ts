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
    const serviceWorker = await waitForKeptWorker(context);
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

/**
 * Waits for Kept's service worker. Polls as well as listening, so a worker that registers between the
 * first look and the listener is not missed; the generous limit covers a loaded 2-core machine.
 */
async function waitForKeptWorker(context: BrowserContext, timeoutMs = 45_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (worker) return worker;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`Kept's service worker did not start within ${timeoutMs} ms`);
    await context
      .waitForEvent('serviceworker', { timeout: Math.min(500, left) })
      .catch(() => undefined);
  }
}

/** The URL of one of Kept's pages (`popup`, `sidepanel`, `options`, `playground`). */
export const pageUrl = (extensionId: string, page: string): string =>
  `chrome-extension://${extensionId}/${page}.html`;
