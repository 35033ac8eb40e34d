/**
 * Gmail typing figures, in Chromium on a 2,000-word draft in our Gmail-shaped
 * compose page:
 * - `gmail.keyOverhead.p50.ms` / `.p95.ms`: time from a key press to the next painted frame with Kept
 *   minus the same without Kept (the same page on a URL Kept does not run on), keys ~8/s like a fast
 *   typist, blocks of keys alternating between the two pages;
 * - `gmail.underlineDelay.ms`: median time from the last key of a quickly typed overpromise to the
 *   frame that paints its underline (debounce, text extraction, analysis and highlight included).
 */
import type { Page } from 'playwright-core';
import { startSession } from '../e2e/harness';
import { draftPage } from './draft';
import { median, percentile, round } from './stats';

const BODY = '[role="textbox"][g_editable="true"]';
const KEY_GAP_MS = 120;
const BLOCKS = 10;
const KEYS_PER_BLOCK = 30;

/** Records, for every key press, the time from the event to the next frame after it. */
function recordKeyFrames(): void {
  const w = window as unknown as { keyFrames: number[] };
  w.keyFrames = [];
  window.addEventListener(
    'keydown',
    (event) => {
      const t0 = event.timeStamp;
      requestAnimationFrame(() => {
        // The frame is painted right after rAF callbacks; a message posted now runs after that paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => w.keyFrames.push(performance.now() - t0);
        channel.port2.postMessage(0);
      });
    },
    { capture: true },
  );
}

async function caretToEnd(page: Page): Promise<void> {
  await page.locator(BODY).evaluate((body: HTMLElement) => {
    const lines = [...body.children].filter(
      (el) => !el.matches('.gmail_signature') && el.textContent,
    );
    const range = document.createRange();
    range.selectNodeContents(lines[lines.length - 1]!);
    range.collapse(false);
    body.focus();
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}

async function typeBlock(page: Page, keys: number): Promise<void> {
  const text = ' lorem ipsum dolor sit amet';
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]!);
    await page.waitForTimeout(KEY_GAP_MS);
  }
}

const frames = (page: Page) =>
  page.evaluate(() => (window as unknown as { keyFrames: number[] }).keyFrames.splice(0));

/**
 * Types a fresh overpromise quickly (keys 10 ms apart, inside the debounce) and returns the time from
 * its last key to the frame that paints its underline, or null if the underline came before the last
 * key (a pause in the key stream let the debounce fire; the sample does not measure the delay).
 */
async function underlineDelay(page: Page, n: number): Promise<number | null> {
  await caretToEnd(page);
  // A string, not a function: tsx would wrap the inner named functions in a helper the page lacks.
  await page.evaluate(`(() => {
    const before = CSS.highlights.get('kept-overpromise')?.size ?? 0;
    window.lastKeyAt = 0;
    window.keyWatch ??= window.addEventListener('keydown', (e) => {
      window.lastKeyAt = e.timeStamp;
    }, { capture: true }) ?? true;
    window.underlineAt = new Promise((resolve) => {
      const check = () => (CSS.highlights.get('kept-overpromise')?.size ?? 0) > before
        ? resolve(performance.now())
        : requestAnimationFrame(check);
      requestAnimationFrame(check);
    });
  })()`);
  await page.keyboard.type(` We guarantee batch ${n} goes out.`, { delay: 10 });
  const [shown, last] = (await page.evaluate(
    'window.underlineAt.then((t) => [t, window.lastKeyAt])',
  )) as [number, number];
  return shown > last ? shown - last : null;
}

export default async function gmailBench(): Promise<Record<string, number>> {
  const session = await startSession();
  const file = draftPage();
  session.serve('https://mail.google.com/mail/u/0/bench', file);
  session.serve('https://fixtures.kept.test/bench-without-kept.html', file);
  try {
    const plain = await session.context.newPage();
    const kept = await session.context.newPage();
    for (const page of [plain, kept]) await page.addInitScript(recordKeyFrames);
    await plain.goto('https://fixtures.kept.test/bench-without-kept.html');
    await kept.goto('https://mail.google.com/mail/u/0/bench');
    await kept.waitForFunction(
      () => (CSS.highlights.get('kept-overpromise')?.size ?? 0) > 0,
      null,
      {
        timeout: 20_000,
      },
    );
    const withKept: number[] = [];
    const without: number[] = [];
    for (let block = 0; block < BLOCKS; block++) {
      for (const [page, into] of [
        [plain, without],
        [kept, withKept],
      ] as const) {
        await page.bringToFront();
        await caretToEnd(page);
        await typeBlock(page, KEYS_PER_BLOCK);
        const samples = await frames(page);
        // The first block warms up both pages (code caches, layout of the long draft).
        if (block > 0) into.push(...samples);
      }
    }
    await kept.bringToFront();
    const delays: number[] = [];
    for (let n = 0; n < 14; n++) {
      const delay = await underlineDelay(kept, n);
      if (delay !== null && n >= 2) delays.push(delay);
    }
    return {
      // Unclamped: a small negative difference is measurement noise, and is reported as such.
      'gmail.keyOverhead.p50.ms': round(median(withKept) - median(without)),
      'gmail.keyOverhead.p95.ms': round(percentile(withKept, 95) - percentile(without, 95)),
      'gmail.keyFrame.withoutKept.p50.ms': round(median(without)),
      'gmail.underlineDelay.ms': round(median(delays)),
    };
  } finally {
    await session.close();
  }
}
