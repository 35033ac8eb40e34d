// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getDatabase } from '../lib/db/database';
import { loadSampleData } from '../lib/db/repository';
import { sendMessage } from '../lib/messaging/client';
import { ContactsEditor } from './ContactsEditor';
import { I18nProvider } from './I18nProvider';

vi.mock('../lib/messaging/client', () => ({
  sendMessage: vi.fn(async () => ({ ok: true, data: {} })),
}));

const ids: Record<string, string> = {};
let ellen: string;

beforeEach(async () => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  const db = getDatabase();
  await loadSampleData(db, Date.now());
  for (const c of await db.clients.toArray()) ids[c.name] = c.id;
  ellen = (await db.contacts.where('email').equals('ellen@northwind.example').first())!.id;
  render(
    <I18nProvider>
      <ContactsEditor clientId={ids['Northwind Studio']!} />
    </I18nProvider>,
  );
});
afterEach(() => {
  cleanup();
  vi.mocked(sendMessage).mockClear();
});

const EDIT = 'Edit ellen@northwind.example';
const NAME = 'Name of ellen@northwind.example';

describe('ContactsEditor', () => {
  it('renames a contact: Edit, type, Enter saves, focus returns to Edit', async () => {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: EDIT }));
    const name = screen.getByRole('textbox', { name: NAME });
    expect(name).toHaveProperty('value', 'Ellen Ma');
    expect(document.activeElement).toBe(name);
    await user.clear(name);
    await user.type(name, 'Ellen Ma-Lindqvist{Enter}');
    expect(sendMessage).toHaveBeenCalledWith('updateContact', {
      contactId: ellen,
      name: 'Ellen Ma-Lindqvist',
    });
    expect(screen.queryByRole('textbox', { name: NAME })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: EDIT }));
  });

  it('Escape and Cancel leave the name as it was, sending nothing', async () => {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: EDIT }));
    await user.type(screen.getByRole('textbox', { name: NAME }), ' X{Escape}');
    expect(screen.queryByRole('textbox', { name: NAME })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: EDIT }));
    await user.keyboard('{Enter}'); // the Edit button, by keyboard
    const name = screen.getByRole('textbox', { name: NAME });
    expect(name).toHaveProperty('value', 'Ellen Ma');
    await user.click(
      screen.getByRole('button', { name: 'Cancel editing ellen@northwind.example' }),
    );
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('moves a contact to another client', async () => {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: EDIT }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Client of ellen@northwind.example' }),
      'Acme Logistics',
    );
    await user.click(screen.getByRole('button', { name: 'Save ellen@northwind.example' }));
    expect(sendMessage).toHaveBeenCalledWith('updateContact', {
      contactId: ellen,
      name: 'Ellen Ma',
      clientId: ids['Acme Logistics'],
    });
  });

  it('shows a refusal and stays in editing', async () => {
    vi.mocked(sendMessage).mockResolvedValueOnce({
      ok: false,
      error: { code: 'not-found', message: 'No client with id x.' },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: EDIT }));
    await user.type(screen.getByRole('textbox', { name: NAME }), '{Enter}');
    expect(await screen.findByText('No client with id x.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: NAME })).toBeTruthy();
  });
});
