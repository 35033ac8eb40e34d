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
  extra: Partial<Finding> = {},
  t = translator('en'),
) {
  return renderWith(focus, severity, isTrusted, extra, t);
}

function renderWith(
  focus: boolean,
  severity: Finding['severity'],
  isTrusted: ((event: Event) => boolean) | null,
  extra: Partial<Finding>,
  t: ReturnType<typeof translator>,
) {
  const props = {
    isTrusted: isTrusted ?? undefined,
    t,
    finding: { ...finding, severity, ...extra },
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
    // A fix says the text it puts in; what the rule called it is in its title.
    expect(screen.getByRole('button', { name: 'We will do our best to' }).title).toBe(
      'Replace with “We will do our best to” (Soften)',
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
    const fix = screen.getByRole('button', { name: 'We will do our best to' });
    expect(fireEvent.mouseDown(fix)).toBe(false);
    fireEvent.click(fix);
    expect(props.onFix).toHaveBeenCalledWith('We will do our best to');
  });

  it('ignores, allows and closes', () => {
    const props = renderCard(true);
    expect(document.activeElement?.textContent).toBe('We will do our best to');
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

  it('labels each fix with the text it puts in, shortened to what it adds', () => {
    const props = renderCard(false, 'warning', () => true, {
      kind: 'missing-date',
      text: "I'll call you",
      fixes: [
        { label: 'Mon 30 Nov', replacement: "I'll call you by tomorrow" },
        { label: 'Tue 1 Dec', replacement: "I'll call you by Tuesday, 1 Dec" },
      ],
    });
    const fixes = screen.getAllByRole('button').filter((b) => b.className === 'kept-fix');
    expect(fixes.map((b) => b.textContent)).toEqual(['… by tomorrow', '… by Tuesday, 1 Dec']);
    expect(fixes[0]!.title).toBe("Replace with “I'll call you by tomorrow” (Mon 30 Nov)");
    fireEvent.click(fixes[0]!);
    expect(props.onFix).toHaveBeenCalledWith("I'll call you by tomorrow");
  });

  it('a vague date fix says its words, a removal says so, in Chinese too', () => {
    renderCard(false, 'warning', () => true, {
      kind: 'vague-date',
      text: 'soon',
      fixes: [{ label: 'Mon 30 Nov', replacement: 'by tomorrow' }],
    });
    expect(screen.getByRole('button', { name: 'by tomorrow' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mon 30 Nov' })).toBeNull();
    cleanup();
    renderCard(false, 'warning', () => true, {
      text: 'definitely ',
      fixes: [{ label: 'Remove the certainty', replacement: '' }],
    });
    expect(screen.getByRole('button', { name: 'Remove “definitely”' })).toBeTruthy();
    cleanup();
    renderCard(
      false,
      'warning',
      () => true,
      {
        kind: 'missing-date',
        text: '我们会跟进处理',
        fixes: [{ label: '11月30日 周一', replacement: '我们会明天（11月30日）前跟进处理' }],
      },
      translator('zh'),
    );
    expect(screen.getByRole('button', { name: '…明天（11月30日）前…' }).title).toBe(
      '替换为“我们会明天（11月30日）前跟进处理”（11月30日 周一）',
    );
  });

  it('shows its keyboard shortcuts: how to get in, and once in, how to get out', () => {
    renderCard(false);
    expect(screen.getByRole('dialog').textContent).toContain(
      'Alt+Enter moves into this card · Esc closes it',
    );
    cleanup();
    renderCard(true);
    expect(screen.getByRole('dialog').textContent).toContain(
      'Tab moves between the buttons · Esc goes back to your draft',
    );
    cleanup();
    renderCard(false, 'warning', () => true, {}, translator('zh'));
    expect(screen.getByRole('dialog').textContent).toContain('按 Alt+Enter 进入此卡片');
  });
});
