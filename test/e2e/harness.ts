/**
 * End-to-end harness: the built extension in Debian Chromium (see scripts/launch-kept.ts), host pages
 * served on their real URLs from saved fixtures with `context.route()`, every other request aborted
 * and recorded. A request that Kept itself made (from its service worker, its own pages, or a
 * fetch/XHR/socket from a host page where only Kept's content script runs code) fails the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { expect } from 'vitest';
import { launchKept, pageUrl, type KeptBrowser } from '../../scripts/launch-kept';

/** The project's shared folder (design notes, corpus, real saved pages), beside the repository. */
export const SHARED_DIR = resolve(process.env.KEPT_SHARED_DIR ?? '../shared');
export const sharedFixture = (path: string): string => resolve(SHARED_DIR, 'fixtures', path);
export const ownFixture = (path: string): string => resolve('test/fixtures', path);

export interface BlockedRequest {
  url: string;
  resourceType: string;
  from: string;
  byKept: boolean;
}

/** A 1×1 transparent GIF for the images saved pages refer to. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
/** Resource types only script can start: on a fixture page whose own scripts are stripped, that is Kept. */
const SCRIPTED = new Set(['fetch', 'xhr', 'websocket', 'eventsource', 'ping', 'other']);

export interface KeptSession extends KeptBrowser {
  blocked: BlockedRequest[];
  /** Serves `file` as the document at `url` (a real host URL such as https://mail.google.com/mail/u/0/). */
  serve(url: string, file: string): void;
  /** Opens a host page that was registered with `serve`. */
  openHost(url: string): Promise<Page>;
  /** Opens one of Kept's own pages. */
  openKeptPage(page: string): Promise<Page>;
  /** The requests Kept made that reached for the network (must stay empty). */
  keptRequests(): BlockedRequest[];
  /** Drops recorded requests a test made on purpose (the harness's own self-test). */
  forget(match: (request: BlockedRequest) => boolean): void;
}

function describe(request: Request, extensionId: string): BlockedRequest {
  const worker = request.serviceWorker();
  let from = worker ? worker.url() : '';
  if (!from) {
    try {
      from = request.frame().url();
    } catch {
      from = 'unknown';
    }
  }
  const byKept =
    from.startsWith(`chrome-extension://${extensionId}`) || SCRIPTED.has(request.resourceType());
  return { url: request.url(), resourceType: request.resourceType(), from, byKept };
}

/**
 * Starts a Kept session with routing in place. Always `close()` it (use afterAll/afterEach).
 * `extensionDir` loads another build (a test-only copy) instead of `.output/chrome-mv3`.
 */
export async function startSession(options: { extensionDir?: string } = {}): Promise<KeptSession> {
  const kept = await launchKept({ headless: true, ...options });
  const documents = new Map<string, string>();
  const blocked: BlockedRequest[] = [];

  await kept.context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith('chrome-extension://')) {
      await route.continue();
      return;
    }
    const file = documents.get(url.split('#')[0]!);
    if (file) {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(file),
      });
      return;
    }
    const sameSite = [...documents.keys()].some((doc) => new URL(doc).host === new URL(url).host);
    if (sameSite && request.resourceType() === 'image') {
      await route.fulfill({ status: 200, contentType: 'image/gif', body: PIXEL });
      return;
    }
    blocked.push(describe(request, kept.extensionId));
    await route.abort('blockedbyclient');
  });

  return {
    ...kept,
    blocked,
    serve(url, file) {
      if (!existsSync(file)) throw new Error(`fixture not found: ${file}`);
      documents.set(url, file);
    },
    async openHost(url) {
      const page = await kept.context.newPage();
      await page.goto(url);
      return page;
    },
    async openKeptPage(name) {
      const page = await kept.context.newPage();
      await page.goto(pageUrl(kept.extensionId, name));
      return page;
    },
    keptRequests: () => blocked.filter((r) => r.byKept),
    forget(match) {
      for (let i = blocked.length - 1; i >= 0; i--) if (match(blocked[i]!)) blocked.splice(i, 1);
    },
  };
}

/** The number of sends a fixture's stand-in for the host's Send recorded (`window.__sent`). */
export const sends = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __sent: number }).__sent);

/** Calls Kept's background as Kept's own pages do (seeding and reading the ledger in tests). */
export async function keptCall<T = unknown>(
  session: KeptSession,
  verb: string,
  data: unknown,
): Promise<T> {
  const page = await session.openKeptPage('popup');
  try {
    const reply = await page.evaluate(
      ([v, d]) =>
        (
          globalThis as unknown as {
            chrome: {
              runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown }> };
            };
          }
        ).chrome.runtime.sendMessage({ kept: 1, verb: v, data: d }),
      [verb, data] as const,
    );
    if (!reply?.ok) throw new Error(`${verb} failed: ${JSON.stringify(reply)}`);
    return reply.data as T;
  } finally {
    await page.close();
  }
}

/**
 * Ends a suite's session: Kept must have made no network request during it (every suite's closing
 * check, kept here so no suite can forget it), then the browser closes and its profile goes.
 */
export async function endSession(session: KeptSession): Promise<void> {
  expect(session.keptRequests()).toEqual([]);
  await session.close();
}
