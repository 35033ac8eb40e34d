// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { sendToTab } from '../lib/messaging/tab-protocol';
import type { Commitment } from '../lib/model/entities';
import { I18nProvider } from './I18nProvider';
import { ReportPanel } from './ReportPanel';
import type { ClientView } from './hooks/live-reads';

vi.mock('../lib/messaging/tab-protocol', () => ({
  sendToTab: vi.fn(async () => ({ ok: true, data: { inserted: true } })),
}));

const NOW = Date.UTC(2026, 10, 27, 10, 0);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const promise = (action: string, dueAt: number, text = `I will ${action}.`): Commitment => ({
  id: action.replace(/\W/g, '') || 'zh',
  clientId: 'acme',
  text,
  action,
  dueAt,
  dueKind: 'explicit',
  due: iso(dueAt),
  status: 'open',
  created: iso(NOW - 10 * DAY),
  history: [{ at: iso(NOW - 10 * DAY), change: 'created' }],
});

const view = {
  client: { id: 'acme', name: 'Acme Logistics', notes: '', domains: [] },
  all: [
    promise('share the delay breakdown', NOW - DAY),
    promise('confirm the pickup windows', NOW + 2 * DAY),
    promise('处理', NOW + 5 * DAY, '我们会尽快处理发票的问题。'),
  ],
  goals: [],
} as unknown as ClientView;

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
afterEach(() => {
  cleanup();
  vi.mocked(sendToTab).mockClear();
});

const panel = () =>
  render(
    <I18nProvider>
      <ReportPanel view={view} now={NOW} tabId={7} />
    </I18nProvider>,
  );

describe('ReportPanel', () => {
  it('shows the report checked by Kept’s own analysis, and inserts the rich version with it', async () => {
    panel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Draft progress report' }));
    const area = screen.getByRole('textbox', {
      name: 'Progress report text',
    }) as HTMLTextAreaElement;
    expect(area.value).toContain('• Item written in Chinese, quoted, due Wed 2 Dec');
    expect(area.value).toContain('  > 我们会尽快处理发票的问题。');
    expect(screen.getByText('Kept checked this report: nothing to flag.')).toBeTruthy();
    await user.click(screen.getByText('Preview as a table (rich editors)'));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['What', 'Due', 'Status']);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: 'Insert into draft' }));
    expect(sendToTab).toHaveBeenCalledWith(7, 'insertIntoDraft', {
      text: area.value,
      html: expect.stringContaining('<table'),
    });
    expect(await screen.findByText(/Inserted into the draft/)).toBeTruthy();
  });

  it('checks the user’s edits again, and an edited report goes in as plain text', async () => {
    panel();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Draft progress report' }));
    const area = screen.getByRole('textbox', {
      name: 'Progress report text',
    }) as HTMLTextAreaElement;
    const edited = `${area.value}\n\nWe guarantee zero downtime from now on.`;
    fireEvent.change(area, { target: { value: edited } });
    const flagged = screen.getByRole('list', {
      name: 'Kept would flag these phrases in the report; change them before sending:',
    });
    expect(flagged.textContent).toMatch(/guarantee/i);
    expect(screen.getByText('You edited the text: it goes in as plain text.')).toBeTruthy();
    expect(screen.queryByText('Preview as a table (rich editors)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Insert into draft' }));
    expect(sendToTab).toHaveBeenCalledWith(7, 'insertIntoDraft', { text: edited });
  });

  it('writes the report in Chinese when chosen, with no Kept finding', async () => {
    panel();
    const user = userEvent.setup();
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Report language' }),
      'zh',
    );
    await user.click(screen.getByRole('button', { name: 'Draft progress report' }));
    const area = screen.getByRole('textbox', {
      name: 'Progress report text',
    }) as HTMLTextAreaElement;
    expect(area.value).toContain('原定 11月26日 周四 10:00，新日期待定，确定后告知。');
    expect(area.value).toContain(
      '• 事项原文如下，预计 12月2日 周三 10:00 完成\n  > 我们会尽快处理发票的问题。',
    );
    expect(screen.getByText('Kept checked this report: nothing to flag.')).toBeTruthy();
  });
});
