/**
 * Gmail: the side panel follows the draft being written, and Kept degrades quietly — an editable
 * Kept cannot place gets nothing in the page, and the reason lands in `kept:diagnostics` for the
 * options page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, startSession, type KeptSession } from './harness';
import { BODY, COMPOSE, serveBoth } from './gmail-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

/** Reads one area of the extension's storage from its service worker. */
function storage(area: 'session' | 'local'): Promise<Record<string, unknown>> {
  return session.serviceWorker.evaluate(
    (a) =>
      (
        globalThis as unknown as {
          chrome: {
            storage: Record<string, { get(k: null): Promise<Record<string, unknown>> }>;
          };
        }
      ).chrome.storage[a]!.get(null),
    area,
  );
}

describe('Gmail: context and diagnostics', () => {
  it('tells the background the draft’s recipients and subject when the user writes', async () => {
    const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    await page.locator(BODY).click();
    await expect
      .poll(async () =>
        Object.entries(await storage('session'))
          .filter(([key]) => key.startsWith('kept:context:'))
          .map(([, value]) => value),
      )
      .toContainEqual(
        expect.objectContaining({
          addresses: ['dana@acme.example', 'lee.park@acme.example'],
          names: { 'dana@acme.example': 'Dana Reyes', 'lee.park@acme.example': 'Lee Park' },
          site: 'gmail',
          subject: 'Dashboard-Rollout',
        }),
      );
    await page.close();
  });

  it('skips an editable outside any compose window quietly and records why', async () => {
    const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    await page.evaluate(() => {
      const stray = document.createElement('div');
      stray.id = 'stray';
      stray.setAttribute('role', 'textbox');
      stray.setAttribute('g_editable', 'true');
      stray.contentEditable = 'true';
      stray.textContent = 'We guarantee it.';
      document.body.prepend(stray);
    });
    await expect
      .poll(async () => JSON.stringify((await storage('local'))['kept:diagnostics'] ?? {}), {
        timeout: 6000,
      })
      .toContain('not inside a known compose container');
    expect(await page.getByRole('status', { name: 'Kept' }).count()).toBe(1);
    expect(await page.locator('#stray').evaluate((el) => el.outerHTML)).toBe(
      '<div id="stray" role="textbox" g_editable="true" contenteditable="true">We guarantee it.</div>',
    );
    await page.close();
  });
});
