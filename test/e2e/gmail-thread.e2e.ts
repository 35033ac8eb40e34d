/**
 * Gmail thread view and pop-out compose on Gmail's URL: the client chip beside the subject, the side
 * panel's context following the thread and the draft, and the "Must never happen" that no client
 * data reaches Gmail's page beyond the chip's name and counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { endSession, startSession, type KeptSession } from './harness';
import {
  keptCall,
  pageTextWithShadows,
  POPOUT,
  sends,
  serveBoth,
  THREAD,
  typeAtEnd,
  waitForHighlight,
} from './gmail-page';

const NOTE = 'SECRET-NOTE-prefers-calls-after-4pm';
const GOAL = 'SECRET-GOAL-cut-churn-by-a-third';
const PROMISE = 'SECRET-PROMISE-send-the-migration-plan';

let session: KeptSession;
let acmeId: string;
beforeAll(async () => {
  session = await startSession();
  const { client } = await keptCall<{ client: { id: string } }>(session, 'createClient', {
    name: 'Acme',
    domains: ['acme.example'],
    notes: NOTE,
  });
  acmeId = client.id;
  await keptCall(session, 'createGoal', { clientId: client.id, title: GOAL });
  const day = 86_400_000;
  await keptCall(session, 'logCommitment', {
    clientId: client.id,
    text: PROMISE,
    due: new Date(Date.now() - 3 * day).toISOString(),
    dueKind: 'explicit',
  });
  await keptCall(session, 'logCommitment', {
    clientId: client.id,
    text: 'Share the rollout checklist',
    due: new Date(Date.now() + 5 * day).toISOString(),
    dueKind: 'explicit',
  });
});
afterAll(() => endSession(session));

/** Every tab context the background holds (storage.session, readable only by Kept). */
async function contexts(): Promise<{ threadId?: string; addresses: string[]; subject?: string }[]> {
  const all = await session.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.session.get(null),
  );
  return Object.entries(all)
    .filter(([key]) => key.startsWith('kept:context:'))
    .map(([, value]) => value as { addresses: string[] });
}

const threadChip = (page: Page) => page.getByRole('button', { name: /^Kept: Acme/ });

describe('Gmail thread view', () => {
  it('shows "Client · N open · M overdue" beside the subject', async () => {
    const page = await session.openHost(serveBoth(session, THREAD).gmail);
    await threadChip(page).waitFor({ timeout: 10_000 });
    await expect(threadChip(page).textContent()).resolves.toBe('Acme · 2 open · 1 overdue');
    const beside = await page.evaluate(
      () => document.querySelector('h2.hP')!.nextElementSibling?.localName,
    );
    expect(beside).toBe('kept-thread-chip');
    await page.close();
  });

  it('opens the side panel on that client when the chip is clicked', async () => {
    const page = await session.openHost(serveBoth(session, THREAD).gmail);
    await threadChip(page).click({ timeout: 10_000 });
    const focus = () =>
      session.serviceWorker.evaluate(async () => {
        const chrome = (
          globalThis as unknown as {
            chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        return (await chrome.storage.session.get('kept.focusClientId'))['kept.focusClientId'];
      });
    await expect.poll(focus).toBe(acmeId);
    await page.close();
  });

  it('tells the background which thread and addresses the tab is about', async () => {
    const page = await session.openHost(serveBoth(session, THREAD).gmail);
    await threadChip(page).waitFor({ timeout: 10_000 });
    await expect
      .poll(async () => (await contexts()).find((c) => c.threadId?.startsWith('thread-f:')))
      .toMatchObject({
        addresses: ['dana@acme.example', 'lee.park@acme.example'],
        subject: 'Dashboard rollout',
      });
    await page.close();
  });

  it('analyses the inline reply but not its quoted history or signature', async () => {
    const page = await session.openHost(serveBoth(session, THREAD).gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    await typeAtEnd(page, ' We will definitely deliver it by the 3rd.');
    await waitForHighlight(page, 'kept-overpromise');
    // The hidden quote says "guarantee" and "definitely" too: only the typed sentence is drawn.
    await page.waitForTimeout(200);
    const drawn = await page.evaluate(() => CSS.highlights.get('kept-overpromise')!.size);
    expect(drawn).toBe(1);
    await page.close();
  });

  it('puts no client data in Gmail’s page beyond the chip’s name and counts', async () => {
    const page = await session.openHost(serveBoth(session, THREAD).gmail);
    await threadChip(page).waitFor({ timeout: 10_000 });
    await expect
      .poll(() => page.getByRole('status', { name: 'Kept' }).textContent())
      .toContain('Acme');
    // Open the review too: it shows the draft's own commitments, never the ledger's.
    await typeAtEnd(page, " I'll send the plan tomorrow.");
    await page.locator('.dC > [role="button"]').click();
    await page.getByRole('dialog', { name: 'Kept', exact: true }).waitFor();
    const html = await pageTextWithShadows(page);
    expect(html).toContain('Acme');
    for (const secret of [NOTE, GOAL, PROMISE, 'Share the rollout checklist'])
      expect(html).not.toContain(secret);
    await page.close();
  });
});

describe('Gmail pop-out compose', () => {
  it('underlines a Chinese overpromise, reviews Send and sends once', async () => {
    const page = await session.openHost(serveBoth(session, POPOUT, '?view=cm&fs=1').gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    await typeAtEnd(page, '我们保证明天一定全部解决。');
    await waitForHighlight(page, 'kept-overpromise');
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog', { name: 'Kept', exact: true });
    await dialog.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await sends(page)).toBe(1);
    await page.close();
  });
});
