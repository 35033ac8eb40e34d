// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getDatabase } from '../lib/db/database';
import { loadSampleData } from '../lib/db/repository';
import { sendMessage } from '../lib/messaging/client';
import { ClientEditor } from './ClientEditor';
import { I18nProvider } from './I18nProvider';

vi.mock('../lib/messaging/client', () => ({
  sendMessage: vi.fn(async () => ({ ok: true, data: {} })),
}));

const ids: Record<string, string> = {};
const onGone = vi.fn();

beforeEach(async () => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  const db = getDatabase();
  await loadSampleData(db, Date.now());
  for (const c of await db.clients.toArray()) ids[c.name] = c.id;
  render(
    <I18nProvider>
      <ClientEditor clientId={ids['Northwind Studio']!} onGone={onGone} />
    </I18nProvider>,
  );
});
afterEach(() => {
  cleanup();
  vi.mocked(sendMessage).mockClear();
  onGone.mockClear();
});

describe('ClientEditor', () => {
  it('merges into another client only after confirming, saying what moves', async () => {
    const user = userEvent.setup();
    await user.type(await screen.findByRole('combobox', { name: 'Merge into' }), 'Acme Logistics');
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Merge Northwind Studio' });
    expect(dialog.textContent).toContain(
      'Move 2 contacts, 0 goals and 2 commitments of Northwind Studio to Acme Logistics',
    );
    expect(sendMessage).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Merge Northwind Studio' }));
    expect(sendMessage).toHaveBeenCalledWith('mergeClients', {
      targetId: ids['Acme Logistics'],
      sourceId: ids['Northwind Studio'],
    });
    expect(onGone).toHaveBeenCalledWith('Merged Northwind Studio into Acme Logistics.');
  });

  it('deletes with everything filed under it only after confirming', async () => {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete client' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(sendMessage).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Delete client' }));
    await user.click(screen.getByRole('button', { name: 'Delete Northwind Studio' }));
    expect(sendMessage).toHaveBeenCalledWith('deleteClient', {
      clientId: ids['Northwind Studio'],
      cascade: true,
    });
  });

  it('keeps the host of a pasted URL as the domain', async () => {
    const user = userEvent.setup();
    const domains = await screen.findByRole('textbox', { name: 'Domains (comma-separated)' });
    await user.clear(domains);
    await user.type(domains, 'https://www.globex.cn/, NW.example');
    await user.tab();
    expect((domains as HTMLInputElement).value).toBe('globex.cn, nw.example');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sendMessage).toHaveBeenCalledWith(
      'updateClient',
      expect.objectContaining({ domains: ['globex.cn', 'nw.example'] }),
    );
  });

  it('saves name, domains and notes', async () => {
    const user = userEvent.setup();
    const domains = await screen.findByRole('textbox', { name: 'Domains (comma-separated)' });
    await user.clear(domains);
    await user.type(domains, 'northwind.example, nw.example');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sendMessage).toHaveBeenCalledWith('updateClient', {
      clientId: ids['Northwind Studio'],
      name: 'Northwind Studio',
      domains: ['northwind.example', 'nw.example'],
      notes: expect.stringContaining('Design studio'),
    });
  });
});
