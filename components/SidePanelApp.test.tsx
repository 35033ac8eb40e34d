// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { TabContext } from '../lib/model/tab-context';
import { writeTabContext } from '../lib/tab-context/store';
import { getDatabase } from '../lib/db/database';
import { linkRecord, loadSampleData } from '../lib/db/repository';
import { sendMessage } from '../lib/messaging/client';
import { FOCUS_CLIENT_KEY } from '../lib/reminders/open-client';
import { SidePanelApp } from './SidePanelApp';

vi.mock('../lib/messaging/client', () => ({
  sendMessage: vi.fn(async () => ({ ok: false, error: { code: 'invalid', message: 'refused' } })),
}));

const TAB = 7;
/** A client's view is a long page (groups, menus, timeline): jsdom's role queries over it are slow. */
const SLOW = { timeout: 4000 };

async function openPanelOn(context: TabContext | undefined) {
  await writeTabContext(TAB, context);
  render(<SidePanelApp />);
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: TAB },
  ]) as unknown as typeof browser.tabs.query);
  const db = getDatabase();
  await Promise.all([db.clients.clear(), db.contacts.clear(), db.commitments.clear()]);
  await loadSampleData(db, Date.now());
});
afterEach(() => cleanup());

describe('SidePanelApp', () => {
  it('shows the client of the active tab’s thread', async () => {
    await openPanelOn({ addresses: ['"Dana" <Dana@Acme.example>'] });
    expect(await screen.findByRole('heading', { name: 'Acme Logistics' }, SLOW)).toBeTruthy();
  });

  it('offers tabs when a thread involves several clients', async () => {
    await openPanelOn({ addresses: ['dana@acme.example', 'li.na@huaxing.cn.example'] });
    const tabs = await screen.findByRole('tablist', { name: 'Clients in this thread' });
    const names = within(tabs)
      .getAllByRole('tab')
      .map((t) => t.textContent);
    expect(names.sort()).toEqual(['Acme Logistics', '华星科技']);
    await userEvent.setup().click(within(tabs).getByRole('tab', { name: '华星科技' }));
    expect(await screen.findByRole('heading', { name: '华星科技' })).toBeTruthy();
  });

  it('prefills "create client" from the domain and names of unknown addresses', async () => {
    await openPanelOn({
      addresses: ['kim@globex.example', 'pat@gmail.com'],
      names: { 'kim@globex.example': 'Kim Park' },
    });
    const form = await screen.findByRole('form', { name: 'Create client' });
    expect(within(form).getByRole('textbox', { name: 'Client name' })).toHaveProperty(
      'value',
      'Globex',
    );
    expect(within(form).getByRole('textbox', { name: 'Domains (comma-separated)' })).toHaveProperty(
      'value',
      'globex.example',
    );
    expect(form.textContent).toContain('Kim Park <kim@globex.example>');
    await userEvent.setup().click(within(form).getByRole('button', { name: 'Create client' }));
    expect(sendMessage).toHaveBeenCalledWith('createClient', {
      name: 'Globex',
      domains: ['globex.example'],
      contacts: [{ email: 'kim@globex.example', name: 'Kim Park' }, { email: 'pat@gmail.com' }],
    });
    expect(await within(form).findByText('refused')).toBeTruthy();
  });

  it('opens on the client a reminder asked for, once', async () => {
    const db = getDatabase();
    const northwind = (await db.clients.filter((c) => c.name === 'Northwind Studio').first())!;
    await browser.storage.session.set({ [FOCUS_CLIENT_KEY]: northwind.id });
    await openPanelOn({ addresses: ['dana@acme.example'] });
    expect(await screen.findByRole('heading', { name: 'Northwind Studio' })).toBeTruthy();
    await waitFor(async () =>
      expect(await browser.storage.session.get(FOCUS_CLIENT_KEY)).toEqual({}),
    );
  });

  it('shows the client a CRM record was linked to, with the link', async () => {
    const db = getDatabase();
    const acme = (await db.clients.filter((c) => c.name === 'Acme Logistics').first())!;
    await linkRecord(db, 'hubspot:2345/0-2/77', acme.id, Date.now());
    await openPanelOn({ addresses: [], site: 'hubspot', threadId: 'hubspot:2345/0-2/77' });
    expect(await screen.findByRole('heading', { name: 'Acme Logistics' }, SLOW)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'This record is' }).textContent).toContain(
      'Kept treats this record as Acme Logistics.',
    );
  });

  it('without a thread: searches all clients and lists what is overdue across them', async () => {
    await openPanelOn(undefined);
    const overdue = await screen.findByRole('list', { name: 'Overdue commitments' });
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(2);
    await userEvent
      .setup()
      .type(screen.getByRole('searchbox', { name: 'Search clients' }), 'north');
    const clients = screen.getByRole('list', { name: 'Clients' });
    // The search filters through a live query: wait for the list to settle, not for the first match
    // (Northwind is already listed before the filter applies).
    await waitFor(() => expect(within(clients).getAllByRole('button')).toHaveLength(1));
    expect(within(clients).getByRole('button', { name: 'Northwind Studio' })).toBeTruthy();
  });

  it('without a thread: shows the week (a strip of counts per day, what is due) and each client’s health', async () => {
    await openPanelOn(undefined);
    const strip = await screen.findByRole('list', { name: 'Due each day, Monday to Sunday' }, SLOW);
    const days = within(strip).getAllByRole('listitem');
    expect(days).toHaveLength(7);
    expect(days[0]!.getAttribute('aria-label')).toMatch(/^Mon \d+ \w+: (nothing|\d+) due$/);
    expect(days[6]!.getAttribute('aria-label')).toMatch(/^Sun \d+ \w+: /);
    expect(days.filter((d) => d.getAttribute('aria-current') === 'date')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: /^Due this week/ })).toBeTruthy();
    const health = await screen.findByRole('group', { name: 'Health of Acme Logistics' }, SLOW);
    expect(health.textContent).toMatch(/^3 open · 1 overdue50%/);
    expect(health.querySelector('.kept-rate-badge')?.className).toContain('kept-health-poor');
    const northwind = screen.getByRole('group', { name: 'Health of Northwind Studio' });
    // Its one dated promise was dropped: nothing fell due, so no data (neutral), not 0 % in green.
    expect(northwind.textContent).toContain('No data');
    expect(northwind.querySelector('.kept-rate-badge')?.className).toContain('kept-health-none');
  });
});
