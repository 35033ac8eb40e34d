/**
 * Gmail inline warnings on Gmail's real URL, typed with real key events in Chromium: underlines,
 * the warning card, fixes and undo — and the first "Must never happen": the draft's DOM never
 * changes because Kept drew something, and Kept makes no network request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { endSession, startSession, type KeptSession } from './harness';
import {
  BODY,
  COMPOSE,
  highlightSizes,
  keptCall,
  serveBoth,
  textCentre,
  typeAtEnd,
  waitForHighlight,
} from './gmail-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const OVERPROMISE = ' I promise it will never happen again.';
const card = (page: Page) => page.getByRole('dialog', { name: 'Kept warning' });

async function openGmail(): Promise<{ page: Page; plain: string }> {
  const urls = serveBoth(session, COMPOSE);
  const page = await session.openHost(urls.gmail);
  await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
  return { page, plain: urls.plain };
}

describe('Gmail compose: inline warnings', () => {
  it('underlines an overpromise as it is typed, in the highlight registry the page sees', async () => {
    const { page } = await openGmail();
    // The saved draft already holds "We guarantee…": analysed on arrival.
    await waitForHighlight(page, 'kept-overpromise');
    const before = (await highlightSizes(page))['kept-overpromise']!;
    await typeAtEnd(page, OVERPROMISE);
    await page.waitForFunction(
      (n) => (CSS.highlights.get('kept-overpromise')?.size ?? 0) > n,
      before,
    );
    await expect(page.getByRole('status', { name: 'Kept' }).textContent()).resolves.toMatch(
      /\d+ warnings?/,
    );
    await page.close();
  });

  it('leaves the body byte-identical to the same typing without Kept, after analysis, hover and dismissal', async () => {
    const { page, plain } = await openGmail();
    const without = await session.openHost(plain);
    await typeAtEnd(without, OVERPROMISE);
    const expected = await without.locator(BODY).evaluate((el) => el.innerHTML);
    await without.close();

    await typeAtEnd(page, OVERPROMISE);
    await waitForHighlight(page, 'kept-overpromise');
    const at = await textCentre(page, 'guarantee');
    await page.mouse.move(at.x, at.y);
    await card(page).waitFor();
    await page.mouse.move(5, 5);
    await card(page).waitFor({ state: 'detached' });
    expect(await page.locator(BODY).evaluate((el) => el.innerHTML)).toBe(expected);
    expect(await page.locator(`${BODY} :is(kept-chip, kept-card, kept-review)`).count()).toBe(0);
    await page.close();
  });

  it('opens the card on hover with what is wrong, why, and fixes; a fix is undone by Ctrl+Z', async () => {
    const { page } = await openGmail();
    await waitForHighlight(page, 'kept-overpromise');
    const original = await page.locator(BODY).evaluate((el) => el.innerHTML);
    const at = await textCentre(page, 'guarantee');
    await page.mouse.move(at.x, at.y);
    await card(page).waitFor();
    await expect(card(page).textContent()).resolves.toMatch(/We guarantee/);
    const fix = card(page).getByRole('button').first();
    // The title names the whole replacement and the rule's label; the button says the text it inserts.
    const replacement = (await fix.getAttribute('title'))!.replace(
      /^Replace with “(.*)” \(.*\)$/,
      '$1',
    );
    expect(await fix.textContent()).toBe(replacement);
    await fix.click();
    await expect(page.locator(BODY).textContent()).resolves.toContain(replacement);
    await expect(page.locator(BODY).textContent()).resolves.not.toContain('We guarantee');
    await page.keyboard.press('Control+z');
    await expect(page.locator(BODY).textContent()).resolves.toContain('We guarantee');
    expect(await page.locator(BODY).evaluate((el) => el.innerHTML)).toBe(original);
    await page.close();
  });

  it('"Ignore here" removes the underline for this draft only', async () => {
    const { page } = await openGmail();
    await waitForHighlight(page, 'kept-overpromise');
    const at = await textCentre(page, 'guarantee');
    await page.mouse.move(at.x, at.y);
    await card(page).getByRole('button', { name: 'Ignore here' }).click();
    await page.waitForFunction(() => (CSS.highlights.get('kept-overpromise')?.size ?? 0) === 0);
    await page.close();
  });

  it('"Always allow this phrase" drops the underline and saves the phrase in settings', async () => {
    const { page } = await openGmail();
    await waitForHighlight(page, 'kept-overpromise');
    const at = await textCentre(page, 'guarantee');
    await page.mouse.move(at.x, at.y);
    await card(page).getByRole('button', { name: 'Always allow this phrase' }).click();
    await page.waitForFunction(() => (CSS.highlights.get('kept-overpromise')?.size ?? 0) === 0);
    await expect
      .poll(async () => {
        const { settings } = await keptCall<{ settings: { customPhrases: unknown[] } }>(
          session,
          'getSettings',
          {},
        );
        return settings.customPhrases;
      })
      .toContainEqual({ phrase: 'We guarantee', mode: 'allow' });
    await keptCall(session, 'updateSettings', { patch: { customPhrases: [] } });
    await page.close();
  });

  it('opens the card from the keyboard when the caret moves onto a finding', async () => {
    const { page } = await openGmail();
    await waitForHighlight(page, 'kept-overpromise');
    const at = await textCentre(page, 'guarantee');
    await page.mouse.click(at.x, at.y);
    await page.mouse.move(5, 5);
    await page.keyboard.press('ArrowRight');
    await card(page).waitFor();
    await page.keyboard.press('Alt+Enter');
    await expect(
      card(page).evaluate(() => document.activeElement?.tagName === 'KEPT-CARD'),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    await page.close();
  });

  it('follows a second compose window as it opens and lets go of it when it closes', async () => {
    const { page } = await openGmail();
    await page.evaluate(() => {
      const copy = document.querySelector('.dw')!.cloneNode(true) as HTMLElement;
      copy.id = 'second';
      copy.querySelectorAll('kept-chip').forEach((chip) => chip.remove());
      document.body.append(copy);
    });
    await expect
      .poll(() => page.getByRole('status', { name: 'Kept' }).count(), { timeout: 15_000 })
      .toBe(2);
    const sizeWithTwo = (await highlightSizes(page))['kept-overpromise']!;
    await page.evaluate(() => document.getElementById('second')!.remove());
    await expect
      .poll(async () => (await highlightSizes(page))['kept-overpromise'], { timeout: 15_000 })
      .toBeLessThan(sizeWithTwo);
    await page.close();
  });
});
