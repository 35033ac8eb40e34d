/**
 * Content-script figures: its cold start on the saved Gmail compose page (from DOMContentLoaded,
 * after which `document_idle` scripts run, to Kept's chip in the page; median of fresh page loads)
 * and the built script's size, raw and gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ownFixture, sharedFixture, startSession } from '../e2e/harness';
import { median, round } from './stats';

const SCRIPT = '.output/chrome-mv3/content-scripts/gmail.js';
const URL = 'https://mail.google.com/mail/u/0/';

export default async function contentBench(): Promise<Record<string, number>> {
  const bytes = readFileSync(SCRIPT);
  const real = sharedFixture('gmail/gmail-compose-2020-10.html');
  const file = existsSync(real) ? real : ownFixture('gmail/gmail-compose-2026-11.html');
  if (file !== real) console.error(`bench: ${real} absent; measuring on ${file}`);

  const session = await startSession();
  session.serve(URL, file);
  const samples: number[] = [];
  try {
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
  } finally {
    await session.close();
  }
  return {
    'content.coldStart.ms': round(median(samples)),
    'content.size.bytes': bytes.length,
    'content.size.gzipBytes': gzipSync(bytes).length,
  };
}
