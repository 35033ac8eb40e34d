// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { findDueDates } from '../lib/analysis/dates';
import { useParsedDue } from './use-parsed-due';
import { timeZone } from './use-now';

/** Sunday 29 November 2026, 10:00 UTC: where a Sunday-first week would disagree. */
const SUNDAY = Date.parse('2026-11-29T10:00:00Z');

describe('useParsedDue (the popup quick log and the side panel reschedule field)', () => {
  it.each([
    '下周五',
    'next Friday',
    '下周末',
    'end of next week',
    '下周五（12月4日）',
    'by Christmas',
  ])('reads %s as the analysis does', (input) => {
    const { result } = renderHook(() => useParsedDue(input, SUNDAY, 'en'));
    const [expected] = findDueDates(input, { now: new Date(SUNDAY), timeZone: timeZone() });
    expect(result.current).toMatchObject({ kind: 'explicit', due: expected!.due });
  });

  it('gives Friday 4 December for 下周五 said on Sunday 29 November', () => {
    const { result } = renderHook(() => useParsedDue('下周五', SUNDAY, 'zh'));
    expect(result.current.due?.slice(0, 10)).toBe('2026-12-04');
    expect(result.current.label).toBe('12月4日 周五');
  });

  it.each(['Friday-ish', '周五左右', 'whenever I can'])('reads %s as vague', (input) => {
    const { result } = renderHook(() => useParsedDue(input, SUNDAY, 'en'));
    expect(result.current).toMatchObject({ kind: 'vague', due: undefined });
  });
});
