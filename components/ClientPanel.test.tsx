// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getDatabase } from '../lib/db/database';
import { createGoal, updateSettings, loadSampleData } from '../lib/db/repository';
import { sendMessage } from '../lib/messaging/client';
import { ClientPanel } from './ClientPanel';
import { I18nProvider } from './I18nProvider';

vi.mock('../lib/messaging/client', () => ({
  sendMessage: vi.fn(async () => ({ ok: true, data: {} })),
}));

const NOW = Date.now();
let acmeId: string;

beforeEach(async () => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  const db = getDatabase();
  await Promise.all([db.settings.clear(), db.goals.clear()]);
  await loadSampleData(db, NOW);
  acmeId = (await db.clients.filter((c) => c.name === 'Acme Logistics').first())!.id;
});
afterEach(() => {
  cleanup();
  vi.mocked(sendMessage).mockClear();
});

const panel = () =>
  render(
    <I18nProvider>
      <ClientPanel clientId={acmeId} now={NOW} />
    </I18nProvider>,
  );

describe('ClientPanel', () => {
  it('lists open commitments overdue first, then by due date, and shows the kept-on-time rate', async () => {
    panel();
    const list = await screen.findByRole('list', { name: 'Open commitments' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('aria-label'));
    expect(items).toEqual([
      'We will confirm the new pickup windows tomorrow.',
      'I will send you the revised lane report by Friday.',
      'I will book the quarterly review for next week.',
    ]);
    expect(within(list).getAllByText(/^Overdue: was due/)).toHaveLength(1);
    expect(screen.getByRole('status', { name: 'Kept on time' }).textContent).toMatch(/^50%/);
  });

  it('warns about a goal without a measure or a date', async () => {
    await createGoal(getDatabase(), { clientId: acmeId, title: 'Happier buyers' }, NOW);
    panel();
    const goal = await screen.findByRole('listitem', { name: 'Happier buyers' });
    expect(within(goal).getByRole('note').textContent).toBe(
      'Not yet SMART: missing a measure and target, a date.',
    );
  });

  it('drops a commitment only with a reason, sent to the background', async () => {
    panel();
    const user = userEvent.setup();
    const item = await screen.findByRole('listitem', {
      name: 'I will book the quarterly review for next week.',
    });
    await user.click(within(item).getByRole('button', { name: 'Drop' }));
    await user.type(
      within(item).getByRole('textbox', { name: 'Why it will not be done' }),
      'Cancelled{Enter}',
    );
    expect(sendMessage).toHaveBeenCalledWith('dropCommitment', {
      commitmentId: expect.any(String),
      reason: 'Cancelled',
    });
  });

  it('shows the history of a rescheduled commitment', async () => {
    panel();
    const user = userEvent.setup();
    const item = await screen.findByRole('listitem', {
      name: 'I will book the quarterly review for next week.',
    });
    await user.click(within(item).getByRole('button', { name: 'History' }));
    const history = within(item).getByRole('list', { name: /^History of/ });
    expect(history.textContent).toMatch(
      /Rescheduled from .+ to .+ — Dana is travelling until Wednesday\./,
    );
  });

  it('reopens a completed commitment (an undo for an accidental Done)', async () => {
    panel();
    await userEvent.setup().click(
      await screen.findByRole('button', {
        name: 'Reopen “I will share the October delay breakdown by Monday.”',
      }),
    );
    expect(sendMessage).toHaveBeenCalledWith('reopenCommitment', {
      commitmentId: expect.any(String),
      reason: '',
    });
  });

  it('drafts a report, copies it and remembers when it went out', async () => {
    panel();
    const user = userEvent.setup(); // also gives the page a clipboard to write to
    await user.click(await screen.findByRole('button', { name: 'Draft progress report' }));
    const text = (
      screen.getByRole('textbox', { name: 'Progress report text' }) as HTMLTextAreaElement
    ).value;
    expect(text).toMatch(/^Progress update, /);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied. Paste it into your message.')).toBeTruthy();
    expect(await browser.storage.local.get(`kept:lastReport:${acmeId}`)).toEqual({
      [`kept:lastReport:${acmeId}`]: NOW,
    });
    expect(await navigator.clipboard.readText()).toBe(text);
  });

  it('follows the language setting', async () => {
    await updateSettings(getDatabase(), { language: 'zh-CN' });
    panel();
    await screen.findByRole('list', { name: '进行中的承诺' });
    expect(screen.getByRole('button', { name: '起草进展报告' })).toBeTruthy();
  });
});
