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

  it('warns when a promise has no date, and when the date is vague; not on the empty form', async () => {
    render(
      <I18nProvider>
        <QuickLogForm now={NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const what = await screen.findByRole('textbox', { name: 'What was promised' });
    expect(screen.queryByText(/No date yet/)).toBeNull();
    await user.type(what, 'Send the SOW');
    await screen.findByText(/No date yet/);
    await user.type(screen.getByRole('textbox', { name: 'When' }), 'soon');
    expect(screen.getByText(/“soon” is vague/)).toBeTruthy();
  });

  it('resets quietly after saving: a confirmation, no date warning on the empty form', async () => {
    const acme = await createClient(getDatabase(), { name: 'Acme Logistics' }, NOW);
    render(
      <I18nProvider>
        <QuickLogForm now={NOW} preselected={acme} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'What was promised' }), 'Call back');
    await user.keyboard('{Enter}');
    await screen.findByText(/^Saved: “Call back” for Acme Logistics, no date\.$/);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'What was promised' }).value).toBe(
      '',
    );
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Client' }).value).toBe(
      'Acme Logistics',
    );
    expect(screen.queryByText(/No date yet/)).toBeNull();
  });

  it("follows the tab's client when it arrives after the form mounted, until the user picks one", async () => {
    const acme = await createClient(getDatabase(), { name: 'Acme Logistics' }, NOW);
    const globex = await createClient(getDatabase(), { name: 'Globex' }, NOW);
    const { rerender } = render(
      <I18nProvider>
        <QuickLogForm now={NOW} />
      </I18nProvider>,
    );
    const field = await screen.findByRole<HTMLInputElement>('combobox', { name: 'Client' });
    expect(field.value).toBe('');
    rerender(
      <I18nProvider>
        <QuickLogForm now={NOW} preselected={acme} />
      </I18nProvider>,
    );
    await waitFor(() => expect(field.value).toBe('Acme Logistics'));
    const user = userEvent.setup();
    await user.clear(field);
    await user.type(field, 'glo');
    rerender(
      <I18nProvider>
        <QuickLogForm now={NOW} preselected={globex} />
      </I18nProvider>,
    );
    expect(field.value).toBe('glo');
  });

  it('matches part of a name in any case, picked with the keyboard', async () => {
    const acme = await createClient(getDatabase(), { name: 'Acme Logistics' }, NOW);
    await createClient(getDatabase(), { name: 'Acme Foods' }, NOW);
    render(
      <I18nProvider>
        <QuickLogForm now={NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    const field = await screen.findByRole('combobox', { name: 'Client' });
    await user.type(field, 'acme l');
    const option = await screen.findByRole('option', { name: 'Acme Logistics' });
    expect(field.getAttribute('aria-expanded')).toBe('true');
    await user.keyboard('{ArrowDown}');
    expect(field.getAttribute('aria-activedescendant')).toBe(option.id);
    await user.keyboard('{Enter}');
    expect((field as HTMLInputElement).value).toBe('Acme Logistics');
    await user.type(screen.getByRole('textbox', { name: 'What was promised' }), 'x{Enter}');
    await waitFor(() => expect(sendMessage).toHaveBeenCalled());
    expect(vi.mocked(sendMessage).mock.calls[0]![1]).toMatchObject({ clientId: acme.id });
  });

  it('saves under the one client a partial name matches, without picking it', async () => {
    const acme = await createClient(getDatabase(), { name: 'Acme Logistics' }, NOW);
    render(
      <I18nProvider>
        <QuickLogForm now={NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('combobox', { name: 'Client' }), 'acme');
    await user.type(screen.getByRole('textbox', { name: 'What was promised' }), 'x{Enter}');
    await waitFor(() => expect(sendMessage).toHaveBeenCalled());
    expect(vi.mocked(sendMessage).mock.calls[0]![1]).toMatchObject({ clientId: acme.id });
  });

  it('offers to create a client when nothing matches, through the createClient verb', async () => {
    vi.mocked(sendMessage).mockImplementationOnce(async (_verb, request) => {
      const created = await createClient(getDatabase(), request as { name: string }, NOW);
      return { ok: true, data: { client: { id: created.id, name: created.name } } } as never;
    });
    render(
      <I18nProvider>
        <QuickLogForm now={NOW} />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByRole('combobox', { name: 'Client' }), 'Globex');
    await user.click(await screen.findByRole('option', { name: '+ Create “Globex”' }));
    expect(vi.mocked(sendMessage).mock.calls[0]).toEqual(['createClient', { name: 'Globex' }]);
    await screen.findByText('Created the client Globex.');
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
