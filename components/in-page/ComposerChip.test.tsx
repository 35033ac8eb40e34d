// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n';
import { ClientChip } from './ClientChip';
import { ComposerChip } from './ComposerChip';

afterEach(cleanup);

describe('in-page chips', () => {
  it('the composer chip counts warnings and commitments and names the client', () => {
    const open = vi.fn();
    render(
      <ComposerChip
        t={translator('en')}
        warnings={2}
        commitments={1}
        clientName="Acme"
        onOpenClient={open}
        isTrusted={() => true}
      />,
    );
    const chip = screen.getByRole('status', { name: 'Kept' });
    // A warning mark beside open warnings: the check mark is kept for a draft with nothing to fix.
    expect(chip.textContent).toBe('⚠Kept· 2 warnings · 1 commitment · Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Acme' }));
    expect(open).toHaveBeenCalled();
  });

  it("a host page's synthetic clicks open nothing", () => {
    const openClient = vi.fn();
    const openThread = vi.fn();
    render(<ComposerChip t={translator('en')} clientName="Acme" onOpenClient={openClient} />);
    render(
      <ClientChip t={translator('en')} name="Beta" open={1} overdue={0} onOpen={openThread} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Acme' }));
    fireEvent.click(screen.getByRole('button', { name: /Beta/ }));
    expect(openClient).not.toHaveBeenCalled();
    expect(openThread).not.toHaveBeenCalled();
  });

  it('the composer chip says only "Kept" when there is nothing to say', () => {
    render(<ComposerChip t={translator('en')} />);
    expect(screen.getByRole('status', { name: 'Kept' }).textContent).toBe('✓Kept');
  });

  it('the thread chip shows the client and counts, in Chinese too', () => {
    render(<ClientChip t={translator('zh')} name="Acme" open={3} overdue={1} onOpen={vi.fn()} />);
    expect(screen.getByRole('button').textContent).toBe('Acme · 3 项未完成 · 1 项逾期');
  });

  it('shows a check mark only when there is nothing to fix', () => {
    render(<ComposerChip t={translator('en')} commitments={2} />);
    expect(screen.getByRole('status', { name: 'Kept' }).textContent).toBe('✓Kept· 2 commitments');
    cleanup();
    render(<ComposerChip t={translator('zh')} warnings={9} />);
    expect(screen.getByRole('status', { name: 'Kept' }).textContent).toBe('⚠Kept· 9 个风险提示');
  });

  it('its counts are a button that opens the list of warnings, by click or keyboard', () => {
    const show = vi.fn();
    const { rerender } = render(
      <ComposerChip
        t={translator('en')}
        warnings={9}
        commitments={1}
        onShowFindings={show}
        isTrusted={() => true}
      />,
    );
    const counts = screen.getByRole('button', { name: '9 warnings · 1 commitment' });
    expect(counts.title).toBe('Show the warnings in this draft');
    expect(counts.getAttribute('aria-haspopup')).toBe('dialog');
    expect(counts.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(counts);
    expect(show).toHaveBeenCalledTimes(1);
    rerender(
      <ComposerChip
        t={translator('en')}
        warnings={9}
        onShowFindings={show}
        findingsOpen
        isTrusted={() => true}
      />,
    );
    expect(screen.getByRole('button', { name: '9 warnings' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it("the counts open nothing on a page's synthetic click, and are no button without warnings", () => {
    const show = vi.fn();
    render(<ComposerChip t={translator('en')} warnings={3} onShowFindings={show} />);
    fireEvent.click(screen.getByRole('button', { name: '3 warnings' }));
    expect(show).not.toHaveBeenCalled();
    cleanup();
    render(<ComposerChip t={translator('en')} commitments={1} onShowFindings={show} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('the thread chip shows a check mark only when nothing is overdue', () => {
    const { container } = render(
      <ClientChip t={translator('en')} name="Acme" open={3} overdue={1} onOpen={vi.fn()} />,
    );
    expect(container.querySelector('.kept-chip-mark')!.textContent).toBe('⚠');
    cleanup();
    const calm = render(
      <ClientChip t={translator('en')} name="Acme" open={3} overdue={0} onOpen={vi.fn()} />,
    );
    expect(calm.container.querySelector('.kept-chip-mark')!.textContent).toBe('✓');
  });
});
