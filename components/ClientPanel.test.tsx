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

/** The next Wednesday, 10:00 local time: a fixed weekday for the week groups, never in the past. */
function nextWednesday(): number {
  const d = new Date();
  d.setDate(d.getDate() + ((3 - d.getDay() + 7) % 7 || 7));
  d.setHours(10, 0, 0, 0);
  return d.getTime();
}

const NOW = nextWednesday();
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
  it('groups open commitments as tasks: overdue, this week, later, each titled by its action', async () => {
    panel();
    const names = async (group: string) =>
      within(await screen.findByRole('list', { name: group }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    // Wednesday: the overdue one, the one due Friday, and the one moved to next Tuesday.
    const [overdue] = await names('Overdue');
    expect(overdue).toMatch(/^Confirm the new pickup windowsOverdue · .+/);
    expect(overdue).toContain('We will confirm the new pickup windows tomorrow.');
    expect(await names('This week')).toEqual([
      expect.stringMatching(/^Send the revised lane reportDue Fri /),
    ]);
    expect(await names('Later')).toEqual([expect.stringMatching(/^Book the quarterly review/)]);
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual(['Overdue 1', 'This week 1', 'Later 1']);
    // One checkbox and one menu button per item, not four buttons.
    const item = screen.getByRole('listitem', { name: 'Send the revised lane report' });
    expect(
      within(item).getByRole('checkbox', { name: 'Mark “Send the revised lane report” done' }),
    ).toBeTruthy();
    expect(within(item).getAllByRole('button')).toHaveLength(1);
  });

  it('shows the kept-on-time rate coloured by its health, with its trend', async () => {
    panel();
    const rate = await screen.findByRole('status', { name: 'Kept on time' });
    expect(rate.textContent).toMatch(/^50%/);
    expect(rate.querySelector('.kept-rate-figure')?.className).toContain('kept-health-poor');
    expect(rate.textContent).toContain('Needs attention');
    expect(
      within(rate).getByRole('img', { name: /^Kept on time over the last 90 days, now/ }),
    ).toBeTruthy();
  });

  it('marks a commitment done from its checkbox and moves focus to the next item', async () => {
    panel();
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('checkbox', { name: 'Mark “Confirm the new pickup windows” done' }),
    );
    expect(sendMessage).toHaveBeenCalledWith('completeCommitment', {
      commitmentId: expect.any(String),
    });
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: 'Mark “Send the revised lane report” done' }),
    );
  });

  it('opens the actions menu from the keyboard: arrows move, Escape returns to the button', async () => {
    panel();
    const user = userEvent.setup();
    const button = await screen.findByRole('button', {
      name: 'More actions for “Send the revised lane report”',
    });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    button.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Reschedule', 'Drop', 'History']);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(items[0]);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(items[2]);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('after a reschedule, focus moves to the next item', async () => {
    panel();
    const user = userEvent.setup();
    const item = await screen.findByRole('listitem', { name: 'Confirm the new pickup windows' });
    await user.click(within(item).getByRole('button', { name: /^More actions/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Reschedule' }));
    await user.type(within(item).getByRole('textbox', { name: 'New date' }), 'next Friday');
    await user.type(
      within(item).getByRole('textbox', { name: 'Reason' }),
      'Waiting on the depot{Enter}',
    );
    expect(sendMessage).toHaveBeenCalledWith(
      'rescheduleCommitment',
      expect.objectContaining({ reason: 'Waiting on the depot', dueKind: 'explicit' }),
    );
    expect(document.activeElement).toBe(
      screen.getByRole('checkbox', { name: 'Mark “Send the revised lane report” done' }),
    );
  });

  it('cancelling a form from the menu returns focus to the menu button', async () => {
    panel();
    const user = userEvent.setup();
    const item = await screen.findByRole('listitem', { name: 'Book the quarterly review' });
    const more = within(item).getByRole('button', { name: /^More actions/ });
    await user.click(more);
    await user.click(screen.getByRole('menuitem', { name: 'Drop' }));
    expect(document.activeElement).toBe(
      within(item).getByRole('textbox', { name: 'Why it will not be done' }),
    );
    await user.click(within(item).getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(more);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('shows the client’s history as a timeline: made, moved, kept, dropped', async () => {
    panel();
    const timeline = await screen.findByRole('list', { name: 'Timeline' });
    const events = within(timeline)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(events.some((e) => /Moved .+ → .+Book the quarterly review/.test(e!))).toBe(true);
    expect(events.some((e) => /KeptShare the October delay breakdown/.test(e!))).toBe(true);
    expect(events.filter((e) => /Made/.test(e!))).toHaveLength(4);
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
    const item = await screen.findByRole('listitem', { name: 'Book the quarterly review' });
    await user.click(within(item).getByRole('button', { name: /^More actions/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Drop' }));
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
    const item = await screen.findByRole('listitem', { name: 'Book the quarterly review' });
    await user.click(within(item).getByRole('button', { name: /^More actions/ }));
    await user.click(screen.getByRole('menuitem', { name: 'History' }));
    const history = within(item).getByRole('list', { name: /^History of/ });
    expect(history.textContent).toMatch(
      /Rescheduled from .+ to .+ — Dana is travelling until Wednesday\./,
    );
  });

  it('reopens a completed commitment (an undo for an accidental Done)', async () => {
    panel();
    await userEvent.setup().click(
      await screen.findByRole('button', {
        name: 'Reopen “Share the October delay breakdown”',
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
    await screen.findByRole('heading', { name: '进行中的承诺' });
    expect(screen.getByRole('list', { name: '已逾期' })).toBeTruthy();
    expect(screen.getByRole('list', { name: '本周' })).toBeTruthy();
    expect(
      screen.getByRole('checkbox', { name: '将“Confirm the new pickup windows”标为完成' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '起草进展报告' })).toBeTruthy();
  });
});
