/**
 * Record pages end to end: CRM record pages (and Outlook's reading pane) resolve to a client on
 * each site's real URL — by the record's email, a company's website domain, or a link the user made
 * once — the chip beside the record's title names it, and the side panel follows the record.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, ownFixture, startSession, type KeptSession } from './harness';
import { keptCall } from './sites-page';

/** Site, real URL, fixture, and the record key the adapter must report (the side panel's thread id). */
const RECORDS = [
  [
    'outlook',
    'https://outlook.office.com/mail/inbox/id/AAQk1',
    'outlook/outlook-reply-2026-11.html',
    'outlook:AAQk1',
  ],
  [
    'hubspot contact',
    'https://app.hubspot.com/contacts/2345678/record/0-1/901',
    'hubspot/hubspot-contact-2026-11.html',
    'hubspot:2345678/0-1/901',
  ],
  [
    'hubspot company (by domain)',
    'https://app-eu1.hubspot.com/contacts/2345678/record/0-2/77',
    'hubspot/hubspot-company-2026-11.html',
    'hubspot:2345678/0-2/77',
  ],
  [
    'zoho lead',
    'https://crm.zoho.com/crm/org20001/tab/Leads/5000000123456',
    'zoho/zoho-lead-2026-11.html',
    'zoho:org20001/Leads/5000000123456',
  ],
  [
    'salesforce contact (shadow roots)',
    'https://acme-dev.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
    'salesforce/salesforce-contact-2026-11.html',
    'salesforce:Contact/0035g00000AbCdEAAV',
  ],
  [
    'pipedrive person',
    'https://acme.pipedrive.com/person/42',
    'pipedrive/pipedrive-person-2026-11.html',
    'pipedrive:person/42',
  ],
  [
    'fxiaoke customer',
    'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/AccountObj/65a1b2c3d4',
    'fxiaoke/fxiaoke-customer-2026-11.html',
    'fxiaoke:AccountObj/65a1b2c3d4',
  ],
] as const;

const ZOHO = 'https://crm.zoho.eu/crm/org20001/tab/Leads/5000000123456';
const ZOHO_KEY = 'zoho:org20001/Leads/5000000123456';

let session: KeptSession;
let globexId: string;
beforeAll(async () => {
  session = await startSession();
  for (const [, url, file] of RECORDS) session.serve(url.split('#')[0]!, ownFixture(file));
  session.serve(ZOHO, ownFixture('zoho/zoho-lead-2026-11.html'));
  await keptCall(session, 'createClient', { name: 'Acme', domains: ['acme.example'] });
  const globex = (await keptCall(session, 'createClient', { name: 'Globex' })) as {
    client: { id: string };
  };
  globexId = globex.client.id;
});
afterAll(() => endSession(session));

/** The chip Kept puts beside a record's title (WXT shadow host `kept-thread-chip`). */
const recordChip = (page: Page) => page.locator('kept-thread-chip').getByRole('button');

/** What the tab told the background about itself (the side panel's source), read in the worker. */
const tabContexts = () =>
  session.serviceWorker.evaluate(async () => {
    const storage = (
      globalThis as unknown as {
        chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.session;
    return Object.values(await storage.get(null)) as {
      threadId?: string;
      site?: string;
      addresses: string[];
    }[];
  });

describe.each(RECORDS)('%s', (_name, url, _file, key) => {
  it('names the client beside the record and tells the side panel which record this is', async () => {
    const page = await session.openHost(url);
    await expect.poll(() => recordChip(page).textContent(), { timeout: 10_000 }).toContain('Acme');
    await expect
      .poll(async () => (await tabContexts()).find((c) => c.threadId === key)?.addresses)
      .toEqual([expect.stringMatching(/@acme\.example$/)]);
    await page.close();
  });
});

describe('moving between records without a page load (HubSpot)', () => {
  it('follows the next record: chip and side-panel context', async () => {
    const url = 'https://app.hubspot.com/contacts/2345678/record/0-1/901?nav';
    session.serve(url, ownFixture('hubspot/hubspot-navigation-2026-11.html'));
    await keptCall(session, 'updateClient', { clientId: globexId, domains: ['globex.example'] });
    const page = await session.openHost(url);
    await expect.poll(() => recordChip(page).textContent(), { timeout: 10_000 }).toContain('Acme');
    await page.getByRole('button', { name: 'Next record' }).click();
    await expect
      .poll(() => recordChip(page).textContent(), { timeout: 15_000 })
      .toContain('Globex');
    await expect
      .poll(async () => (await tabContexts()).some((c) => c.threadId === 'hubspot:2345678/0-1/902'))
      .toBe(true);
    await keptCall(session, 'updateClient', { clientId: globexId, domains: [] });
    await page.close();
  });
});

describe('a record linked to a client once', () => {
  it('resolves to the linked client everywhere: record chip, composer chip and side panel', async () => {
    await keptCall(session, 'linkRecord', { key: ZOHO_KEY, clientId: globexId });
    const page = await session.openHost(ZOHO);
    await expect
      .poll(() => recordChip(page).textContent(), { timeout: 10_000 })
      .toContain('Globex');
    const composerChip = page.getByRole('status', { name: 'Kept' });
    await expect.poll(() => composerChip.textContent(), { timeout: 15_000 }).toContain('Globex');

    const panel = await session.openKeptPage('sidepanel');
    await page.bringToFront();
    await panel.reload();
    await panel.getByText('Globex').first().waitFor();
    await panel.close();

    await keptCall(session, 'unlinkRecord', { key: ZOHO_KEY });
    await page.reload();
    await expect.poll(() => recordChip(page).textContent(), { timeout: 10_000 }).toContain('Acme');
    await page.close();
  });
});
