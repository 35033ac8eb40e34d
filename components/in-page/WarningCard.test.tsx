// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/lib/analysis';
import { translator } from '@/lib/i18n';
import { WarningCard } from './WarningCard';

afterEach(cleanup);

const finding: Finding = {
  rule: 'overpromise-guarantee',
  kind: 'overpromise',
  severity: 'warning',
  start: 0,
  end: 12,
  text: 'We guarantee',
  message: 'A guarantee sets a hard expectation.',
  fixes: [{ label: 'Soften', replacement: 'We will do our best to' }],
};

function renderCard(
  focus = false,
  severity: Finding['severity'] = 'warning',
  // Testing Library's events are synthetic; by default these stand for the user's (null: the card's own rule).
  isTrusted: ((event: Event) => boolean) | null = () => true,
) {
  const props = {
    isTrusted: isTrusted ?? undefined,
    t: translator('en'),
    finding: { ...finding, severity },
    left: 10,
    top: 20,
    focus,
    onFix: vi.fn(),
    onIgnore: vi.fn(),
    onAllow: vi.fn(),
    onClose: vi.fn(),
    onPointerEnter: vi.fn(),
    onPointerLeave: vi.fn(),
  };
  render(<WarningCard {...props} />);
  return props;
}

describe('WarningCard', () => {
  it('says what is wrong, why it matters and offers the fixes', () => {
    renderCard();
    const card = screen.getByRole('dialog', { name: 'Kept warning' });
    expect(card.textContent).toContain('A guarantee sets a hard expectation.');
    expect(card.textContent).toContain('Clients plan around what you promise');
    expect(screen.getByRole('button', { name: 'Soften' }).title).toBe(
      'Replace with “We will do our best to”',
    );
  });

  it('shows the severity chosen for the rule', () => {
    renderCard(false, 'info');
    const card = screen.getByRole('dialog', { name: 'Kept warning' });
    expect(card.dataset.severity).toBe('info');
    expect(card.querySelector('h2')?.textContent).toBe('Note “We guarantee”');
  });

  it('keeps the editor focused on mousedown and applies a fix on click', () => {
    const props = renderCard();
    const fix = screen.getByRole('button', { name: 'Soften' });
    expect(fireEvent.mouseDown(fix)).toBe(false);
    fireEvent.click(fix);
    expect(props.onFix).toHaveBeenCalledWith('We will do our best to');
  });

  it('ignores, allows and closes', () => {
    const props = renderCard(true);
    expect(document.activeElement?.textContent).toBe('Soften');
    fireEvent.click(screen.getByRole('button', { name: 'Ignore here' }));
    fireEvent.click(screen.getByRole('button', { name: 'Always allow this phrase' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(props.onIgnore).toHaveBeenCalled();
    expect(props.onAllow).toHaveBeenCalled();
    expect(props.onClose).toHaveBeenCalled();
  });

  it("a page's synthetic clicks press nothing: no fix, no ignore, no 'Always allow'", () => {
    const props = renderCard(false, 'warning', null);
    for (const button of screen.getAllByRole('button')) button.click();
    screen
      .getByRole('dialog')
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onFix).not.toHaveBeenCalled();
    expect(props.onIgnore).not.toHaveBeenCalled();
    expect(props.onAllow).not.toHaveBeenCalled();
    expect(props.onClose).not.toHaveBeenCalled();
  });
});
