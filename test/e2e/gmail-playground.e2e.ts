/**
 * The playground runs the same in-page code as Gmail (through the playground site adapter): the
 * underlines, the warning card with a fix that Ctrl+Z undoes, the chip and the review before Send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, startSession, type KeptSession } from './harness';
import { waitForHighlight } from './gmail-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

describe('playground composer', () => {
  it('shows the Gmail warnings, card, chip and review on the sample draft', async () => {
    const page = await session.openKeptPage('playground');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await waitForHighlight(page, 'kept-overpromise', 10_000);
    await waitForHighlight(page, 'kept-vague-date');
    const chip = page.getByRole('status', { name: 'Kept' });
    await expect(chip.count()).resolves.toBe(1);
    await expect(chip.textContent()).resolves.toMatch(/\d+ warnings/);

    const editor = page.getByRole('textbox', { name: 'Message' });
    const at = await editor.evaluate((el) => {
      const text = el.firstChild as Text;
      const range = document.createRange();
      const i = text.data.indexOf('guarantee');
      range.setStart(text, i);
      range.setEnd(text, i + 9);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(at.x, at.y);
    const card = page.getByRole('dialog', { name: 'Kept warning' });
    await card.waitFor();
    await card.getByRole('button').first().click();
    await expect(editor.textContent()).resolves.not.toContain('We guarantee');
    await page.keyboard.press('Control+z');
    await expect(editor.textContent()).resolves.toContain('We guarantee');

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Kept', exact: true });
    await review.getByRole('button', { name: 'Send anyway' }).click();
    await expect(page.getByRole('status', { name: 'Playground send' }).textContent()).resolves.toBe(
      'Sent 1× (nothing leaves this page).',
    );
    // The side panel follows the playground's draft like a Gmail one.
    const contexts = await session.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.session.get(null),
    );
    expect(Object.values(contexts)).toContainEqual(
      expect.objectContaining({ addresses: ['dana@acme.example'], site: 'playground' }),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
