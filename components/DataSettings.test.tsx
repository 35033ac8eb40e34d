// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { ImportReport } from '../lib/model/import-report';
import { sendMessage } from '../lib/messaging/client';
import { DataSettings } from './DataSettings';
import { I18nProvider } from './I18nProvider';

vi.mock('../lib/messaging/client', () => ({ sendMessage: vi.fn() }));

const counts = { clients: 1, contacts: 0, goals: 0, commitments: 2, settings: 0, recordLinks: 0 };
const report = (valid: boolean, written = false): ImportReport => ({
  version: 2,
  valid,
  written,
  message: valid ? (written ? 'Imported.' : 'Ready to import.') : 'Nothing will be imported.',
  counts,
  problems: valid ? [] : [{ path: 'clients[0].name', reason: 'expected string' }],
  problemCount: valid ? 0 : 1,
});

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
afterEach(() => {
  cleanup();
  vi.mocked(sendMessage).mockReset();
});

const file = (text: string) => new File([text], 'backup.json', { type: 'application/json' });

async function choose(text: string, label = 'Backup file') {
  render(
    <I18nProvider>
      <DataSettings />
    </I18nProvider>,
  );
  await userEvent.setup().upload(await screen.findByLabelText(label), file(text));
}

describe('DataSettings import', () => {
  it('shows the dry-run problems of a bad file and offers no import', async () => {
    vi.mocked(sendMessage).mockResolvedValue({ ok: true, data: report(false) });
    await choose('{"format":"kept-backup"}');
    const region = await screen.findByRole('region', { name: 'Import report' });
    expect(region.textContent).toContain('clients[0].name expected string');
    expect(screen.queryByRole('button', { name: 'Import now' })).toBeNull();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(vi.mocked(sendMessage).mock.calls[0]![0]).toBe('previewImport');
  });

  it('imports a valid file only after the user confirms', async () => {
    vi.mocked(sendMessage)
      .mockResolvedValueOnce({ ok: true, data: report(true) })
      .mockResolvedValueOnce({ ok: true, data: report(true, true) });
    await choose('{}');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Import now' }));
    expect(vi.mocked(sendMessage).mock.calls.map((c) => c[0])).toEqual([
      'previewImport',
      'importData',
    ]);
    expect(await screen.findByText('Imported.')).toBeTruthy();
  });

  const outcome = (o: Partial<ImportReport>): ImportReport => ({ ...report(true), ...o });

  it('says in plain words that a wrong file is not a backup, with no counts (English and Chinese)', async () => {
    const notBackup = outcome({
      valid: false,
      outcome: 'notBackup',
      looksLike: 'csv',
      message: 'Nothing was imported: not JSON',
      counts: { ...counts, clients: 0, commitments: 0 },
      problems: [{ path: '', reason: "not JSON: Unexpected token 'C'" }],
      problemCount: 1,
    });
    vi.mocked(sendMessage).mockResolvedValue({ ok: true, data: notBackup });
    await choose('Client,What\nAcme,x\n');
    const region = await screen.findByRole('region', { name: 'Import report' });
    expect(region.textContent).toContain('This is not a Kept backup: it looks like a CSV file.');
    expect(region.textContent).not.toMatch(/Unexpected token|0 clients/);
    cleanup();
    vi.mocked(browser.i18n.getUILanguage).mockReturnValue('zh-CN');
    await choose('Client,What\nAcme,x\n', '备份文件');
    const zh = await screen.findByRole('region', { name: '导入报告' });
    expect(zh.textContent).toContain('这不是 Kept 备份：看起来是 CSV 文件。');
  });

  it('formats counts in the UI language, shows progress and a busy state while importing', async () => {
    const big = { ...counts, clients: 4000, contacts: 4000, commitments: 40000 };
    let finish: (value: unknown) => void = () => {};
    vi.mocked(sendMessage)
      .mockResolvedValueOnce({ ok: true, data: outcome({ outcome: 'ready', counts: big }) })
      .mockImplementationOnce(() => new Promise((done) => (finish = done)) as never);
    await choose('{}');
    const region = await screen.findByRole('region', { name: 'Import report' });
    expect(region.textContent).toContain('Ready to import 4,000 clients');
    expect(region.textContent).toContain('40,000 commitments');
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Import now' });
    await userEvent.setup().click(button);
    expect(button.disabled).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Backup file').disabled).toBe(true);
    await browser.storage.session.set({
      'kept:import-progress': { phase: 'writing', done: 20000, total: 48000 },
    });
    await screen.findByText('Importing: 20,000 of 48,000 records written…');
    finish({ ok: true, data: outcome({ outcome: 'imported', written: true, counts: big }) });
    await screen.findByText(
      'Imported 4,000 clients, 4,000 contacts, 0 goals, 40,000 commitments and 0 record links.',
    );
    expect(screen.queryByRole('button', { name: 'Import now' })).toBeNull();
  });

  it('keeps one result line: a new action replaces the last one', async () => {
    vi.mocked(sendMessage)
      .mockResolvedValueOnce({ ok: true, data: { text: 'x', filename: 'kept-open.csv' } })
      .mockResolvedValueOnce({ ok: true, data: outcome({ outcome: 'ready' }) });
    globalThis.URL.createObjectURL = vi.fn(() => 'blob:x');
    render(
      <I18nProvider>
        <DataSettings />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Open commitments (CSV)' }));
    await screen.findByText('Exported kept-open.csv.');
    await user.upload(screen.getByLabelText('Backup file'), file('{}'));
    await screen.findByRole('region', { name: 'Import report' });
    expect(screen.queryByText('Exported kept-open.csv.')).toBeNull();
  });
});

describe('DataSettings delete everything', () => {
  it('asks first, and Cancel deletes nothing', async () => {
    render(
      <I18nProvider>
        <DataSettings />
      </I18nProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByRole('alertdialog', { name: 'Delete everything now' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(sendMessage).not.toHaveBeenCalled();
    vi.mocked(sendMessage).mockResolvedValue({ ok: true, data: {} });
    await user.click(screen.getByRole('button', { name: 'Delete everything…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything now' }));
    expect(sendMessage).toHaveBeenCalledWith('deleteAllData', {});
    expect(await screen.findByText('Everything was deleted.')).toBeTruthy();
  });
});

describe('DataSettings sample data', () => {
  const removal = { clients: 2, contacts: 3, goals: 2, commitments: 9, keptClients: 1 };
  const renderIt = () =>
    render(
      <I18nProvider>
        <DataSettings />
      </I18nProvider>,
    );

  it('confirms removal with the counts of a dry run, and says what was removed', async () => {
    vi.mocked(sendMessage).mockResolvedValue({ ok: true, data: removal });
    renderIt();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove sample data' }));
    expect(sendMessage).toHaveBeenCalledWith('removeSampleData', { dryRun: true });
    const dialog = screen.getByRole('alertdialog', { name: 'Remove sample data now' });
    expect(dialog.textContent).toContain('2 clients, 3 contacts, 2 goals, 9 commitments?');
    expect(dialog.textContent).toContain('1 sample client holds records of yours');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(sendMessage).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Remove sample data' }));
    await user.click(await screen.findByRole('button', { name: 'Remove sample data now' }));
    expect(vi.mocked(sendMessage).mock.calls.at(-1)).toEqual(['removeSampleData', {}]);
    expect(
      await screen.findByText(
        'Removed sample data: 2 clients, 3 contacts, 2 goals, 9 commitments. 1 sample client holds your records and is yours now.',
      ),
    ).toBeTruthy();
  });

  it('says so when there is nothing to remove, without asking', async () => {
    const none = { clients: 0, contacts: 0, goals: 0, commitments: 0, keptClients: 0 };
    vi.mocked(sendMessage).mockResolvedValue({ ok: true, data: none });
    renderIt();
    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Remove sample data' }));
    expect(await screen.findByText('There is no sample data to remove.')).toBeTruthy();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('confirms a reload that would remove samples, then reports both steps', async () => {
    vi.mocked(sendMessage)
      .mockResolvedValueOnce({ ok: true, data: { ...removal, keptClients: 0 } })
      .mockResolvedValueOnce({
        ok: true,
        data: {
          clients: 2,
          contacts: 3,
          goals: 2,
          commitments: 9,
          removedClients: 2,
          removedContacts: 3,
          removedGoals: 2,
          removedCommitments: 9,
          keptClients: 0,
        },
      });
    renderIt();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Load sample data' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reload sample data now' });
    expect(dialog.textContent).toContain('first removes the sample data nobody changed: 2 clients');
    await user.click(screen.getByRole('button', { name: 'Reload sample data now' }));
    expect(vi.mocked(sendMessage).mock.calls.at(-1)).toEqual(['loadSampleData', {}]);
    expect(
      await screen.findByText(
        'Removed sample data: 2 clients, 3 contacts, 2 goals, 9 commitments. Loaded sample data (marked “sample”): 2 clients, 3 contacts, 2 goals, 9 commitments.',
      ),
    ).toBeTruthy();
  });
});
