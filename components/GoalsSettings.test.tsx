// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getDatabase } from '../lib/db/database';
import { loadSampleData } from '../lib/db/repository';
import { sendMessage } from '../lib/messaging/client';
import { GoalsSettings } from './GoalsSettings';
import { I18nProvider } from './I18nProvider';

vi.mock('../lib/messaging/client', () => ({
  sendMessage: vi.fn(async () => ({ ok: true, data: {} })),
}));

let acmeId: string;

beforeEach(async () => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  const db = getDatabase();
  await loadSampleData(db, Date.now());
  acmeId = (await db.clients.filter((c) => c.name === 'Acme Logistics').first())!.id;
  render(
    <I18nProvider>
      <GoalsSettings clientId={acmeId} />
    </I18nProvider>,
  );
});
afterEach(() => {
  cleanup();
  vi.mocked(sendMessage).mockClear();
});

describe('GoalsSettings', () => {
  it('adds a SMART goal with its parts and date', async () => {
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add goal' }));
    const form = screen.getByRole('form', { name: 'Add goal' });
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Faster quotes');
    await user.type(screen.getByRole('textbox', { name: 'Measure' }), 'Days from request to quote');
    await user.type(screen.getByRole('textbox', { name: 'Target' }), '2 business days');
    fireEvent.change(screen.getByLabelText('Due'), { target: { value: '2027-03-31' } });
    await user.click(form.querySelector('button[type=submit]')!);
    expect(sendMessage).toHaveBeenCalledWith('createGoal', {
      clientId: acmeId,
      title: 'Faster quotes',
      specific: '',
      measure: 'Days from request to quote',
      target: '2 business days',
      why: '',
      due: new Date('2027-03-31T23:59:00').toISOString(),
    });
  });

  it('edits progress and status of a goal', async () => {
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', {
        name: 'Edit goal Cut late deliveries on the Rotterdam lane',
      }),
    );
    fireEvent.change(screen.getByRole('slider'), { target: { value: '60' } });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'achieved');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(sendMessage).toHaveBeenCalledWith(
      'updateGoal',
      expect.objectContaining({
        patch: expect.objectContaining({ progress: 60, status: 'achieved' }),
      }),
    );
  });
});
