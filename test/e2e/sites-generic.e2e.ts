/**
 * Any site the user enables, end to end: turning Kept on for an arbitrary site from the popup and off again
 * from the options page, and the generic adapter on that site.
 *
 * What cannot be driven: Chrome answers `permissions.request` for a host the extension does not
 * hold yet with its own permission prompt, which automation cannot accept (Playwright declines it as
 * out of scope, microsoft/playwright#32755; no command-line switch auto-accepts it; the request stays
 * pending in headless Chromium). So this suite loads a test-only copy of the built extension whose
 * manifest also lists the test origin as granted — standing in for the user's "Allow" — and everything
 * else is Kept's real code: the popup's click calls `permissions.request` (answered without a prompt
 * because the origin is held), registers the content script, starts it in the open tab; the options
 * page's "Turn off" unregisters it. Removing the permission is attempted for real, but Chrome refuses
 * to remove a manifest-listed host ("You cannot remove required permissions"), so that the permission
 * is gone is not checked here (lib/site-access/index.test.ts checks the call).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/launch-kept';
import { endSession, ownFixture, startSession, type KeptSession } from './harness';
import { keptCall, sends } from './sites-page';

const SITE = 'https://support.example.test/tickets/1042';
const PATTERN = 'https://support.example.test/*';
let session: KeptSession;
let copy: string;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'kept-granted-'));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  manifest.host_permissions = [PATTERN];
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  session = await startSession({ extensionDir: copy });
  session.serve(SITE, ownFixture('generic/generic-support-2026-11.html'));
  await keptCall(session, 'createClient', { name: 'Acme', domains: ['acme.example'] });
});
afterAll(async () => {
  await endSession(session);
  rmSync(copy, { recursive: true, force: true });
});

const chip = (page: Page) => page.getByRole('status', { name: 'Kept' });

/** The generic script's registration, read in Kept's service worker. */
const registered = () =>
  session.serviceWorker.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: {
          scripting: {
            getRegisteredContentScripts(): Promise<
              { id: string; matches?: string[]; persistAcrossSessions?: boolean }[]
            >;
          };
        };
      }
    ).chrome.scripting;
    return api.getRegisteredContentScripts();
  });

/** Opens Kept's popup as a tab while the site's tab stays the active one, as a real popup sees it. */
async function popupOver(site: Page): Promise<Page> {
  const popup = await session.openKeptPage('popup');
  await site.bringToFront();
  await popup.reload();
  return popup;
}

describe('a site the user turns Kept on for', () => {
  it('is plain until then: no Kept on an arbitrary site', async () => {
    const site = await session.openHost(SITE);
    await site.waitForTimeout(1000);
    expect(await chip(site).count()).toBe(0);
    expect(await registered()).toEqual([]);
    await site.close();
  });

  it('turns on from the popup: registered to persist, and running in the open tab at once', async () => {
    const site = await session.openHost(SITE);
    const popup = await popupOver(site);
    await popup.getByRole('button', { name: 'Turn Kept on for this site' }).click();
    await popup.getByText('Kept is on for support.example.test.').waitFor();
    expect(await registered()).toEqual([
      expect.objectContaining({
        id: 'kept-generic',
        matches: [PATTERN],
        persistAcrossSessions: true,
      }),
    ]);
    await chip(site).waitFor({ timeout: 10_000 });
    await expect.poll(() => chip(site).textContent(), { timeout: 15_000 }).toContain('Acme');
    await popup.close();
    await site.close();
  });

  it('checks the reply textarea after a reload: warning, review on Send, draft untouched', async () => {
    const site = await session.openHost(SITE);
    await chip(site).waitFor({ timeout: 10_000 });
    // Only the reply form: the search box and the note without a Send get no chip.
    expect(await chip(site).count()).toBe(1);
    const reply = site.getByRole('textbox', { name: 'Reply' });
    await reply.click();
    await site.keyboard.press('Control+End');
    await site.keyboard.type('We guarantee it will be live tomorrow.');
    await expect.poll(() => chip(site).textContent(), { timeout: 15_000 }).toMatch(/1 warning/);
    expect(await reply.inputValue()).toBe('Hi Dana,\nWe guarantee it will be live tomorrow.');
    await site.getByRole('button', { name: 'Send reply' }).click();
    const review = site.getByRole('dialog', { name: 'Kept' });
    await review.waitFor();
    expect(await sends(site)).toBe(0);
    await review.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(site)).toBe(1);
    await site.close();
  });

  it('turns off from the options page: gone from the open tab at once, unregistered, and after a reload', async () => {
    const open = await session.openHost(SITE);
    await chip(open).waitFor({ timeout: 10_000 });
    const options = await session.openKeptPage('options');
    const list = options.getByRole('list', { name: 'Sites you turned Kept on for' });
    await list.getByText(PATTERN).waitFor();
    await list.getByRole('button', { name: 'Turn off' }).click();
    await options.getByText(/None yet/).waitFor();
    expect(await registered()).toEqual([]);
    await chip(open).waitFor({ state: 'detached', timeout: 15_000 });
    await open.close();
    const site = await session.openHost(SITE);
    await site.waitForTimeout(1000);
    expect(await chip(site).count()).toBe(0);
    await options.close();
    await site.close();
  });
});
