// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n';
import { SendReview, type SendReviewProps } from './SendReview';

afterEach(cleanup);

function renderReview(overrides: Partial<SendReviewProps> = {}) {
  const props: SendReviewProps = {
    t: translator('en'),
    warnings: [
      { text: 'We guarantee', message: 'A guarantee sets a hard expectation.', severity: 'error' },
    ],
    commitments: [
      { text: "I'll send the quote by Friday", dueDate: '2026-12-04' },
      { text: "I'll call you soon", dueDate: '' },
    ],
    clientName: 'Acme',
    isNewClient: false,
    onJump: vi.fn(),
    onDone: vi.fn(),
    // Testing Library's events are synthetic; these stand for the user's.
    isTrusted: () => true,
    ...overrides,
  };
  render(<SendReview {...props} />);
  return props;
}

describe('SendReview', () => {
  it('is a modal dialog named "Kept" with the warnings and commitments', () => {
    renderReview();
    const dialog = screen.getByRole('dialog', { name: 'Kept' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const warnings = screen.getByRole('region', { name: 'Warnings' });
    expect(warnings.textContent).toContain('We guarantee');
    // The severity chosen in Options → Rules, in words and for the style.
    expect(warnings.textContent).toContain('Error');
    expect(warnings.querySelector('li')?.dataset.severity).toBe('error');
    expect(screen.getAllByRole('checkbox', { name: 'Log for Acme' })).toHaveLength(2);
    expect(document.activeElement?.textContent).toBe('Log and send');
  });

  it('returns the edited due dates and the commitments to log', async () => {
    const props = renderReview();
    const user = userEvent.setup();
    const due = screen.getByLabelText("Due date of “I'll call you soon”");
    await user.type(due, '2026-12-01');
    await user.click(screen.getAllByRole('checkbox')[0]!);
    await user.click(screen.getByRole('button', { name: 'Log and send' }));
    expect(props.onDone).toHaveBeenCalledWith({
      action: 'log-and-send',
      clientName: 'Acme',
      choices: [
        { log: false, dueDate: '2026-12-04' },
        { log: true, dueDate: '2026-12-01' },
      ],
    });
  });

  it('names a new client from the recipients and needs a name to log', async () => {
    const props = renderReview({ clientName: '', isNewClient: true });
    const user = userEvent.setup();
    const log = screen.getByRole('button', { name: 'Log and send' });
    expect(log).toHaveProperty('disabled', true);
    await user.type(screen.getByRole('textbox', { name: 'New client' }), 'Globex');
    await user.click(log);
    expect(props.onDone).toHaveBeenCalledWith(expect.objectContaining({ clientName: 'Globex' }));
  });

  it('sends anyway, goes back on Escape, and jumps to a warning', async () => {
    const props = renderReview();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '“We guarantee”' }));
    expect(props.onJump).toHaveBeenCalledWith(0);
    await user.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(props.onDone).toHaveBeenCalledWith({ action: 'send' });
    await user.keyboard('{Escape}');
    expect(props.onDone).toHaveBeenLastCalledWith({ action: 'back' });
  });

  it('speaks Chinese when the user chose it', () => {
    renderReview({ t: translator('zh') });
    expect(screen.getByRole('dialog', { name: 'Kept' }).textContent).toContain('发送前确认');
    expect(screen.getByRole('button', { name: '记录并发送' })).toBeTruthy();
  });

  it('keeps Tab inside the dialog', async () => {
    renderReview();
    const user = userEvent.setup();
    const buttons = screen.getAllByRole('button');
    buttons[buttons.length - 1]!.focus();
    await user.tab();
    expect(document.activeElement).toBe(buttons[0]);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
  });

  it('without commitments offers only "Send anyway" and "Back to editing"', () => {
    renderReview({ commitments: [] });
    expect(screen.queryByRole('button', { name: 'Log and send' })).toBeNull();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toContain('Send anyway');
    expect(document.activeElement?.textContent).toBe('Back to editing');
  });

  it("a page's synthetic events press nothing and dismiss nothing", () => {
    const props = renderReview({ isTrusted: undefined });
    for (const name of ['Log and send', 'Send anyway', 'Back to editing', '“We guarantee”'])
      screen.getByRole('button', { name }).click();
    const box = screen.getAllByRole('checkbox')[0]!;
    box.click();
    screen
      .getByRole('dialog')
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onDone).not.toHaveBeenCalled();
    expect(props.onJump).not.toHaveBeenCalled();
    expect(box).toHaveProperty('checked', true);
  });

  it('while busy every control waits; a logged commitment says so and cannot be unticked', () => {
    renderReview({ busy: true, logged: [true, false] });
    for (const button of screen.getAllByRole('button'))
      expect(button).toHaveProperty('disabled', true);
    expect(screen.getAllByRole('checkbox')[0]!.closest('label')!.textContent).toBe('Logged');
    expect(screen.getAllByRole('checkbox')[0]).toHaveProperty('checked', true);
  });

  it('starts only deliverables ticked, and says why the others are not', () => {
    renderReview({
      commitments: [
        { text: "I'll send the quote by Friday", dueDate: '2026-12-04', deliverable: true },
        { text: 'I guarantee it will be perfect', dueDate: '', deliverable: false },
      ],
    });
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, false]);
    const rows = screen.getByRole('region', { name: 'Commitments' }).querySelectorAll('li');
    expect(rows[1]!.textContent).toContain('promises an outcome');
    expect(rows[0]!.textContent).not.toContain('promises an outcome');
  });

  it('"Log all" and "Log none" set every tick but a logged one', async () => {
    const props = renderReview({
      commitments: [
        { text: 'A', dueDate: '', deliverable: false },
        { text: 'B', dueDate: '' },
        { text: 'C', dueDate: '', deliverable: false },
      ],
      logged: [false, true, false],
    });
    const user = userEvent.setup();
    const ticks = () => screen.getAllByRole('checkbox').map((b) => (b as HTMLInputElement).checked);
    expect(ticks()).toEqual([false, true, false]);
    await user.click(screen.getByRole('button', { name: 'Log all' }));
    expect(ticks()).toEqual([true, true, true]);
    await user.click(screen.getByRole('button', { name: 'Log none' }));
    // The logged one stays ticked: it is logged already.
    expect(ticks()).toEqual([false, true, false]);
    await user.click(screen.getByRole('button', { name: 'Log and send' }));
    expect(props.onDone).toHaveBeenCalledWith(
      expect.objectContaining({
        choices: [
          { log: false, dueDate: '' },
          { log: true, dueDate: '' },
          { log: false, dueDate: '' },
        ],
      }),
    );
  });

  it('offers "Log all / none" only for two commitments or more, in Chinese too', () => {
    renderReview({ commitments: [{ text: 'A', dueDate: '' }] });
    expect(screen.queryByRole('button', { name: 'Log all' })).toBeNull();
    cleanup();
    renderReview({ t: translator('zh') });
    expect(screen.getByRole('button', { name: '全部记录' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '全部不记录' })).toBeTruthy();
  });

  it("groups one sentence's warnings as one problem, each still jumping to its place", async () => {
    const sentence = 'I promise this will never happen again.';
    const props = renderReview({
      warnings: [
        { text: 'I promise', message: 'A promise.', severity: 'warning', sentence, group: 2 },
        { text: 'soon', message: 'Vague.', severity: 'info', sentence: 'Soon.', group: 3 },
        {
          text: 'will never happen again',
          message: 'Unlimited.',
          severity: 'error',
          sentence,
          group: 2,
        },
      ],
    });
    const region = screen.getByRole('region', { name: 'Warnings' });
    const groups = region.querySelectorAll(':scope > ul > li');
    expect(groups).toHaveLength(2);
    // The group speaks with its most severe warning; the sentence is quoted once.
    expect((groups[0] as HTMLElement).dataset.severity).toBe('error');
    expect(groups[0]!.querySelectorAll('q')).toHaveLength(1);
    expect(groups[0]!.querySelector('q')!.textContent).toBe(sentence);
    expect(groups[0]!.querySelectorAll('li')).toHaveLength(2);
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: '“will never happen again”' }));
    expect(props.onJump).toHaveBeenCalledWith(2);
  });

  it("a page's synthetic clicks on Log all / none change nothing", () => {
    renderReview({
      isTrusted: undefined,
      commitments: [
        { text: 'A', dueDate: '', deliverable: false },
        { text: 'B', dueDate: '' },
      ],
    });
    screen.getByRole('button', { name: 'Log all' }).click();
    screen.getByRole('button', { name: 'Log none' }).click();
    expect(screen.getAllByRole('checkbox').map((b) => (b as HTMLInputElement).checked)).toEqual([
      false,
      true,
    ]);
  });
});
