// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n';
import { FindingsPanel, type FindingsPanelProps } from './FindingsPanel';

afterEach(cleanup);

function renderPanel(overrides: Partial<FindingsPanelProps> = {}) {
  const props: FindingsPanelProps = {
    t: translator('en'),
    findings: [
      { text: 'We guarantee', message: 'A guarantee sets a hard expectation.', severity: 'error' },
      { text: 'soon', message: '“soon” is vague.', severity: 'warning' },
    ],
    left: 10,
    top: 20,
    onChoose: vi.fn(),
    onClose: vi.fn(),
    // Testing Library's events are synthetic; this stands for the user's.
    isTrusted: () => true,
    ...overrides,
  };
  render(<FindingsPanel {...props} />);
  return props;
}

describe('FindingsPanel', () => {
  it("lists each warning's words and message, focus on the first", () => {
    renderPanel();
    const panel = screen.getByRole('dialog', { name: 'Kept: warnings in this draft' });
    const items = panel.querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'Error “We guarantee” A guarantee sets a hard expectation.',
      'Warning “soon” “soon” is vague.',
    ]);
    expect(items[0]!.dataset.severity).toBe('error');
    expect(document.activeElement).toBe(items[0]!.querySelector('button'));
  });

  it('chooses a warning by click or keyboard; arrows move, Escape closes', async () => {
    const props = renderPanel();
    const user = userEvent.setup();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('soon');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toContain('We guarantee');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(props.onChoose).toHaveBeenCalledWith(1);
    await user.click(screen.getByRole('button', { name: /We guarantee/ }));
    expect(props.onChoose).toHaveBeenLastCalledWith(0);
    await user.keyboard('{Escape}');
    expect(props.onClose).toHaveBeenCalled();
  });

  it('speaks Chinese', () => {
    renderPanel({
      t: translator('zh'),
      findings: [{ text: '保证', message: '“保证”会设定硬性期望。', severity: 'warning' }],
    });
    const panel = screen.getByRole('dialog', { name: 'Kept：此草稿中的风险提示' });
    expect(panel.textContent).toContain('选择一条风险提示即可打开它的卡片。');
    expect(panel.textContent).toContain('警告 “保证”');
  });

  it("a page's synthetic events choose nothing and close nothing", () => {
    const props = renderPanel({ isTrusted: undefined });
    screen.getByRole('button', { name: /We guarantee/ }).click();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(props.onChoose).not.toHaveBeenCalled();
    expect(props.onClose).not.toHaveBeenCalled();
  });
});
