// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { formatDue, parseDue } from '../lib/analysis/dates';
import { getDatabase } from '../lib/db/database';
import { createClient } from '../lib/db/repository';
import { sendMessage } from '../lib/messaging/client';
import { I18nProvider } from './I18nProvider';
import { QuickLogForm } from './QuickLogForm';

vi.mock('../lib/messaging/client', () => ({
  sendMessage: vi.fn(async () => ({ ok: true, data: {} })),
}));

const NOW = Date.UTC(2026, 10, 27, 10);
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

beforeEach(async () => {
  // fake-browser leaves i18n unimplemented; the language setting is 'auto' until changed.
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  await getDatabase().clients.clear();
});
afterEach(() => {
  cleanup();
  vi.mocked(sendMessage).mockClear();
});

describe('QuickLogForm', () => {
  it('shows the parsed date as the user types and saves on Enter', async () => {
    const acme = await createClient(getDatabase(), { name: 'Acme Logistics' }, NOW);
    render(
      <I18nProvider>
        <QuickLogForm now={NOW} preselected={acme} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.type(
      await screen.findByRole('textbox', { name: 'What was promised' }),
      'Send the SOW',
    );
    await user.type(screen.getByRole('textbox', { name: 'When' }), '下周五');
    const ctx = { now: new Date(NOW), timeZone: zone };
    const due = parseDue('下周五', ctx).due!;
    expect(screen.getByText(`Due ${formatDue(due, ctx, 'en')}`)).toBeTruthy();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(sendMessage).toHaveBeenCalled());
    expect(vi.mocked(sendMessage).mock.calls[0]).toEqual([
      'logCommitment',
      { clientId: acme.id, text: 'Send the SOW', dueKind: 'explicit', due },
    ]);
    await screen.findByText(/^Saved: “Send the SOW” for Acme Logistics/);
  });

  it('warns when no date is given, and when the date is vague', async () => {
    render(
      <I18nProvider>
        <QuickLogForm now={NOW} />
      </I18nProvider>,
    );
    await screen.findByText(/No date yet/);
    await userEvent.setup().type(screen.getByRole('textbox', { name: 'When' }), 'soon');
    expect(screen.getByText(/“soon” is vague/)).toBeTruthy();
  });

  it('refuses a client name that matches no client', async () => {
    render(
      <I18nProvider>
        <QuickLogForm now={NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('combobox', { name: 'Client' }), 'Nobody Inc');
    await user.type(screen.getByRole('textbox', { name: 'What was promised' }), 'x{Enter}');
    await screen.findByText(/Pick a client from the list/);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
