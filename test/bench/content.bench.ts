/**
 * Content-script figures:
 * - `content.coldStart.ms`: on the saved Gmail compose page, DOMContentLoaded (after which
 *   `document_idle` scripts run) to Kept's chip in the page; median of fresh page loads;
 * - `content.size.bytes` / `.gzipBytes`: the built Gmail content script, raw and gzipped;
 * - `content.heap.mb`: the JavaScript heap Kept adds to that Gmail tab once a 2,000-word draft has
 *   been inserted and analysed: the tab's isolate heap after GC minus the same page and draft on a
 *   URL Kept does not run on (median of alternating fresh tabs), in MiB.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { ownFixture, sharedFixture, startSession, type KeptSession } from '../e2e/harness';
import { BODY, highlightSizes } from '../e2e/gmail-page';
import { draftParagraphs } from './draft';
import { isolateHeapBytes, settled } from './heap';
import { median, round } from './stats';

const SCRIPT = '.output/chrome-mv3/content-scripts/gmail.js';
const URL = 'https://mail.google.com/mail/u/0/';
const PLAIN = 'https://fixtures.kept.test/heap-without-kept.html';
const HEAP_RUNS = 5;
const MIB = 1024 * 1024;

async function coldStart(session: KeptSession): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < 15; run++) {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (document.querySelector('kept-chip')) {
          (window as unknown as { keptChipAt: number }).keptChipAt = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await page.goto(URL);
    await page.waitForFunction(() => 'keptChipAt' in window, undefined, { timeout: 10_000 });
    const ms = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return (
        (window as unknown as { keptChipAt: number }).keptChipAt - nav.domContentLoadedEventEnd
      );
    });
    if (run > 0) samples.push(ms); // the first load also compiles the script for the code cache
    await page.close();
  }
  return samples;
}

/** A fresh tab on `url` with the draft inserted as a paste would, once Kept's work on it is done. */
async function heapAfterDraft(session: KeptSession, url: string, kept: boolean): Promise<number> {
  const page: Page = await session.context.newPage();
  await page.goto(url);
  if (kept) await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
  await page.locator(BODY).click();
  for (const [i, paragraph] of draftParagraphs().entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(paragraph);
  }
  // Both tabs wait the same way: until the underlines (none without Kept) stop changing.
  if (kept)
    await page.waitForFunction(() => (CSS.highlights.get('kept-overpromise')?.size ?? 0) > 0);
  await settled(page, () => highlightSizes(page));
  const bytes = await isolateHeapBytes(page);
  await page.close();
  return bytes;
}

export default async function contentBench(): Promise<Record<string, number>> {
  const bytes = readFileSync(SCRIPT);
  const real = sharedFixture('gmail/gmail-compose-2020-10.html');
  const file = existsSync(real) ? real : ownFixture('gmail/gmail-compose-2026-11.html');
  if (file !== real) console.error(`bench: ${real} absent; measuring on ${file}`);

  const session = await startSession();
  session.serve(URL, file);
  session.serve(PLAIN, file);
  const withKept: number[] = [];
  const without: number[] = [];
  let samples: number[];
  try {
    samples = await coldStart(session);
    for (let run = 0; run < HEAP_RUNS; run++) {
      without.push(await heapAfterDraft(session, PLAIN, false));
      withKept.push(await heapAfterDraft(session, URL, true));
    }
  } finally {
    await session.close();
  }
  return {
    'content.coldStart.ms': round(median(samples)),
    'content.size.bytes': bytes.length,
    'content.size.gzipBytes': gzipSync(bytes).length,
    'content.heap.mb': round((median(withKept) - median(without)) / MIB),
    'content.heap.withoutKept.mb': round(median(without) / MIB),
  };
}
