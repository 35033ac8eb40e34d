// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getDatabase } from '../lib/db/database';
import { linkRecord, createClient } from '../lib/db/repository';
import { sendMessage } from '../lib/messaging/client';
import { I18nProvider } from './I18nProvider';
import { RecordLink } from './RecordLink';

vi.mock('../lib/messaging/client', () => ({
  sendMessage: vi.fn(async () => ({ ok: true, data: {} })),
}));

const KEY = 'hubspot:2345678/0-2/77';
let acmeId = '';

beforeEach(async () => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  const db = getDatabase();
  await Promise.all([db.clients.clear(), db.recordLinks.clear()]);
  acmeId = (await createClient(db, { name: 'Acme' }, Date.now())).id;
  await createClient(db, { name: 'Globex' }, Date.now());
});
afterEach(() => {
  cleanup();
  vi.mocked(sendMessage).mockClear();
});

const show = () =>
  render(
    <I18nProvider>
      <RecordLink recordKey={KEY} />
    </I18nProvider>,
  );

describe('RecordLink', () => {
  it('links the open record to the client the user picks', async () => {
    show();
    const link = await screen.findByRole('button', { name: 'Link' });
    expect((link as HTMLButtonElement).disabled).toBe(true);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'This record is' }), 'Acme');
    await userEvent.click(link);
    expect(sendMessage).toHaveBeenCalledWith('linkRecord', { key: KEY, clientId: acmeId });
  });

  it('shows the linked client and unlinks', async () => {
    await linkRecord(getDatabase(), KEY, acmeId, Date.now());
    show();
    await screen.findByText('Kept treats this record as Acme.');
    await userEvent.click(screen.getByRole('button', { name: 'Unlink' }));
    expect(sendMessage).toHaveBeenCalledWith('unlinkRecord', { key: KEY });
  });
});
