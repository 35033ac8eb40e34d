/**
 * The JavaScript heap a page's renderer holds, read over CDP after full garbage collections. Content
 * scripts run in an isolated world of the page's own V8 isolate, so the isolate's heap counts the
 * page and Kept together; Kept's share is the difference from the same page without Kept.
 */
import type { Page } from 'playwright-core';

/** Used heap of the page's whole isolate, in bytes, after the collector has nothing left to free. */
export async function isolateHeapBytes(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    let used = Infinity;
    // Weak references and finalizers can free more on a second pass; stop once a pass frees nothing.
    for (let pass = 0; pass < 5; pass++) {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      if (usedSize >= used) break;
      used = usedSize;
    }
    return used;
  } finally {
    await cdp.detach();
  }
}

/** Resolves once `read()` has returned the same value for `quietMs` (the work it reflects is done). */
export async function settled<T>(
  page: Page,
  read: () => Promise<T>,
  { quietMs = 1500, timeoutMs = 30_000 } = {},
): Promise<T> {
  const start = Date.now();
  let last = await read();
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await page.waitForTimeout(250);
    const now = await read();
    if (JSON.stringify(now) !== JSON.stringify(last)) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return now;
  }
  throw new Error(`did not settle within ${timeoutMs} ms (last: ${JSON.stringify(last)})`);
}
