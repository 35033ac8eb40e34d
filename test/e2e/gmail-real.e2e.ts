/**
 * The real saved Gmail compose window (Oct 2020, `../shared/fixtures`), typed into with real key
 * events on Gmail's URL: the underline appears, the body stays byte-identical to the same typing
 * without Kept, and the review holds Send and lets it through exactly once. The page has no script
 * of its own, so a stand-in for Gmail's Send is added to its main world to count sends.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { endSession, sharedFixture, startSession, type KeptSession } from './harness';
import { BODY, serveBoth, waitForHighlight, countSends } from './gmail-page';

const REAL = sharedFixture('gmail/gmail-compose-2020-10.html');
const TYPED = 'Hi Dana, I promise we will fix it right away.';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

async function typeInto(page: Page): Promise<void> {
  await page.locator(BODY).click();
  await page.keyboard.type(TYPED);
}

describe.skipIf(!existsSync(REAL))('Gmail: the real saved compose window (2020-10)', () => {
  it('underlines, keeps the body byte-identical, and sends exactly once through the review', async () => {
    const urls = serveBoth(session, REAL);
    const plain = await session.openHost(urls.plain);
    await typeInto(plain);
    const expected = await plain.locator(BODY).evaluate((el) => el.innerHTML);
    await plain.close();

    const page = await session.context.newPage();
    await page.addInitScript(countSends);
    await page.goto(urls.gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    await typeInto(page);
    await waitForHighlight(page, 'kept-overpromise');
    expect(await page.locator(BODY).evaluate((el) => el.innerHTML)).toBe(expected);

    await page.locator('.dC > [role="button"]:not([aria-haspopup])').click();
    const review = page.getByRole('dialog', { name: 'Kept', exact: true });
    await review.waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sent: number }).__sent)).toBe(0);
    await review.getByRole('button', { name: 'Send anyway' }).click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __sent: number }).__sent)).toBe(1);
    await page.close();
  });
});

if (!existsSync(REAL))
  console.warn(`[e2e] skipped the real Gmail compose tests: ${REAL} is absent.`);
