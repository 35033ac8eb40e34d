/**
 * The side panel's "Insert into draft", on the content script's side: the progress report
 * goes into the draft the user last focused, after their own text and before the signature, as an
 * editing action that Ctrl+Z takes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, startSession, type KeptSession } from './harness';
import { BODY, COMPOSE, serveBoth } from './gmail-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

type Chrome = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};

/** Sends `insertIntoDraft` to every tab from Kept's service worker, as the side panel does to one. */
function insertFromKept(text: string): Promise<unknown[]> {
  return session.serviceWorker.evaluate(async (t) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const tabs = await chrome.tabs.query({});
    const message = { keptTab: 1, verb: 'insertIntoDraft', data: { text: t } };
    const replies = await Promise.all(
      tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, message).catch(() => null)),
    );
    return replies.filter((r) => r !== null && r !== undefined);
  }, text);
}

describe('Gmail: inserting the progress report into the draft', () => {
  it('inserts after the writer’s text, before the signature, and Ctrl+Z undoes it', async () => {
    const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    const body = page.locator(BODY);
    await body.click();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const before = await body.evaluate((el) => el.innerHTML);

    const report = 'Progress update: the dashboard is live.';
    expect(await insertFromKept(report)).toEqual([{ inserted: true }]);
    const text = await body.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain(report);
    expect(text.indexOf(report)).toBeGreaterThan(text.indexOf('live by tomorrow'));
    expect(text.indexOf(report)).toBeLessThan(text.indexOf('Sam'));

    await body.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.evaluate((el) => el.innerHTML)).toBe(before);
    await page.close();
  });

  it('answers "not inserted" when the draft it knew has closed', async () => {
    const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    await page.locator(BODY).click();
    await page.evaluate(() => document.querySelector('[role="dialog"]')?.remove());
    expect(await insertFromKept('Progress update')).toEqual([{ inserted: false }]);
    await page.close();
  });
});
