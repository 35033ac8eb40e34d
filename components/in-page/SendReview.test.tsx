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
});
