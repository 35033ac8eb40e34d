// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '@/lib/i18n';
import { DueField, readDay, showDay } from './DueField';

afterEach(cleanup);

const NOW = Date.parse('2026-11-29T12:00:00Z');

describe('a due date in the UI language', () => {
  it('shows a day as the UI language writes it, not as mm/dd/yyyy', () => {
    expect(showDay('2026-12-04', translator('zh'), NOW)).toBe('12月4日 周五');
    expect(showDay('2026-12-04', translator('en'), NOW)).toBe('Fri 4 Dec');
    expect(showDay('2027-01-05', translator('zh'), NOW)).toBe('2027年1月5日 周二');
    expect(showDay('', translator('zh'), NOW)).toBe('');
  });

  it('reads what is typed in either language, and what it shows, back to the same day', () => {
    expect(readDay('2026-12-09', NOW)).toBe('2026-12-09');
    expect(readDay('12月4日 周五', NOW)).toBe('2026-12-04');
    expect(readDay('Fri 4 Dec', NOW)).toBe('2026-12-04');
    expect(readDay('', NOW)).toBe('');
    expect(readDay('whenever', NOW)).toBeNull();
  });

  it('is a text field that reports days and says when it finds none', () => {
    const onChange = vi.fn();
    render(
      <DueField t={translator('zh')} label="截止日期" value="2026-12-04" onChange={onChange} />,
    );
    const field = screen.getByRole('textbox', { name: '截止日期' }) as HTMLInputElement;
    expect(field.value).toMatch(/^12月4日 周五$|^2026年12月4日 周五$/);
    fireEvent.change(field, { target: { value: '2026-12-09' } });
    expect(onChange).toHaveBeenLastCalledWith('2026-12-09');
    fireEvent.change(field, { target: { value: '随便' } });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { description: /没有识别出日期/ })).toBe(field);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
