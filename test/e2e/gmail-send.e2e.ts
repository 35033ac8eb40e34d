/**
 * Review before Send on Gmail's URL, with real clicks and key presses. "Must never happen": a send
 * lost or doubled because of the review — the fixture's stand-in for Gmail's Send counts every send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { endSession, startSession, type KeptSession } from './harness';
import {
  BODY,
  COMPOSE,
  keptCall,
  sends,
  serveBoth,
  typeAtEnd,
  waitForHighlight,
} from './gmail-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const review = (page: Page) => page.getByRole('dialog', { name: 'Kept', exact: true });
const send = (page: Page) => page.locator('.dC > [role="button"]');

async function openCompose(): Promise<Page> {
  const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
  await waitForHighlight(page, 'kept-overpromise', 10_000);
  return page;
}

describe('Gmail: review before Send', () => {
  it('holds a click on Send while warnings are open; "Send anyway" sends exactly once', async () => {
    const page = await openCompose();
    await send(page).click();
    await review(page).waitFor();
    expect(await sends(page)).toBe(0);
    await expect(review(page).textContent()).resolves.toContain('We guarantee');
    await review(page).getByRole('button', { name: 'Send anyway' }).click();
    await review(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await sends(page)).toBe(1);
    await page.close();
  });

  it('"Back to editing" sends nothing and leaves the draft as it was', async () => {
    const page = await openCompose();
    const before = await page.locator(BODY).evaluate((el) => el.innerHTML);
    await send(page).click();
    await review(page).getByRole('button', { name: 'Back to editing' }).click();
    await review(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    expect(await sends(page)).toBe(0);
    expect(await page.locator(BODY).evaluate((el) => el.innerHTML)).toBe(before);
    await page.close();
  });

  it('holds Ctrl+Enter the same way and sends once through Gmail’s Send', async () => {
    const page = await openCompose();
    await typeAtEnd(page, ' Thanks.');
    await page.keyboard.press('Control+Enter');
    await review(page).waitFor();
    expect(await sends(page)).toBe(0);
    await review(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await sends(page)).toBe(1);
    await page.close();
  });

  it('a warning in the review jumps to its place in the draft', async () => {
    const page = await openCompose();
    await send(page).click();
    await review(page)
      .getByRole('button', { name: /We guarantee/ })
      .click();
    await review(page).waitFor({ state: 'detached' });
    await expect(page.evaluate(() => getSelection()!.toString())).resolves.toBe('We guarantee');
    expect(await sends(page)).toBe(0);
    await page.close();
  });

  it('with nothing to show, Send goes through at once, exactly once', async () => {
    const page = await openCompose();
    await page.locator(BODY).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Hi Dana, thanks for the call today.');
    await page.waitForFunction(() => (CSS.highlights.get('kept-overpromise')?.size ?? 0) === 0);
    // Clicked immediately after typing: the pending analysis runs before Send is decided.
    await page.keyboard.type(' See you.');
    await send(page).click();
    expect(await sends(page)).toBe(1);
    expect(await review(page).count()).toBe(0);
    await page.close();
  });

  it('lists a commitment, logs it for a new client from the recipients, and sends once', async () => {
    const page = await openCompose();
    await typeAtEnd(page, " I'll send the revised quote by Friday.");
    await send(page).click();
    const dialog = review(page);
    await dialog.waitFor();
    const commitments = dialog.getByRole('region', { name: 'Commitments' });
    await expect(commitments.textContent()).resolves.toContain("I'll send the revised quote");
    await expect(
      commitments.getByRole('textbox', { name: 'New client' }).inputValue(),
    ).resolves.toBe('Acme');
    const due = commitments.getByLabel(/Due date of “I'll send the revised quote/);
    // The review writes a day in the UI language ("Fri 4 Dec"), not the browser's date format.
    expect(await due.inputValue()).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}/);
    await dialog.getByRole('button', { name: 'Log and send' }).click();
    await expect.poll(() => sends(page)).toBe(1);
    const { clients } = await keptCall<{
      clients: { client: { id: string; name: string }; open: number }[];
    }>(session, 'getClientsForAddresses', { addresses: ['dana@acme.example'] });
    expect(clients[0]!.client.name).toBe('Acme');
    const { commitments: logged } = await keptCall<{
      commitments: { text: string; due?: string; source?: { site: string; subject?: string } }[];
    }>(session, 'getOpenCommitments', { clientId: clients[0]!.client.id });
    const quote = logged.find((c) => c.text.includes('revised quote'))!;
    expect(quote.due).toBeDefined();
    expect(quote.source).toMatchObject({ site: 'gmail', subject: 'Dashboard-Rollout' });
    expect(await sends(page)).toBe(1);
    await page.close();
  });

  it('the compose chip names the resolved client once it exists', async () => {
    const page = await openCompose();
    const chip = page.getByRole('status', { name: 'Kept' });
    await expect.poll(() => chip.textContent(), { timeout: 15_000 }).toContain('Acme');
    await page.close();
  });

  it('with the review turned off in settings, Send is never held', async () => {
    await keptCall(session, 'updateSettings', { patch: { reviewBeforeSend: false } });
    const page = await openCompose();
    await page.waitForTimeout(200);
    await send(page).click();
    expect(await sends(page)).toBe(1);
    expect(await review(page).count()).toBe(0);
    await keptCall(session, 'updateSettings', { patch: { reviewBeforeSend: true } });
    await page.close();
  });
});
