/**
 * The severity chosen in Options → Rules reaches the page: saved in the settings, read by the content
 * script, applied by the analyzer, and shown in the underline's style and on the warning card.
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
  waitForHighlight,
} from './gmail-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

const card = (page: Page) => page.getByRole('dialog', { name: 'Kept warning' });

async function openGmail(): Promise<Page> {
  const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
  await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
  return page;
}

describe('Gmail compose: the severity chosen in Options → Rules', () => {
  it('draws an error-severity guarantee with the error underline and says so on the card', async () => {
    await keptCall(session, 'updateSettings', {
      patch: { ruleSeverity: { 'overpromise-guarantee': 'error' } },
    });
    const page = await openGmail();
    // The saved draft holds "We guarantee…".
    await waitForHighlight(page, 'kept-overpromise-error');
    expect((await highlightSizes(page))['kept-overpromise'] ?? 0).toBe(0);
    const at = await textCentre(page, 'guarantee');
    await page.mouse.move(at.x, at.y);
    await card(page).waitFor();
    await expect(card(page).getAttribute('data-severity')).resolves.toBe('error');
    await expect(card(page).locator('h2').textContent()).resolves.toMatch(/^Error “We guarantee/);
    await page.close();
  });

  it('applies a severity changed while a draft is open once the user is back in the draft', async () => {
    await keptCall(session, 'updateSettings', { patch: { ruleSeverity: {} } });
    const page = await openGmail();
    await waitForHighlight(page, 'kept-overpromise');
    await keptCall(session, 'updateSettings', {
      patch: { ruleSeverity: { 'overpromise-guarantee': 'info' } },
    });
    // Coming back to the draft gives its editor the focus again.
    await page.bringToFront();
    await page.locator(BODY).evaluate((el) => (el as HTMLElement).blur());
    await page.locator(BODY).focus();
    await waitForHighlight(page, 'kept-overpromise-info');
    expect((await highlightSizes(page))['kept-overpromise'] ?? 0).toBe(0);
    await page.close();
  });

  it('goes back to the rule’s own severity when the choice is cleared', async () => {
    await keptCall(session, 'updateSettings', { patch: { ruleSeverity: {} } });
    const page = await openGmail();
    await waitForHighlight(page, 'kept-overpromise');
    expect((await highlightSizes(page))['kept-overpromise-error'] ?? 0).toBe(0);
    await page.close();
  });
});
