import { describe, expect, it } from 'vitest';
import { fromDateInput, toDateInput } from './review-controller';

describe('review dates', () => {
  it('keeps a parsed due instant unless the user picked another day (then 17:00 local)', () => {
    const parsed = new Date(2026, 11, 4, 9, 30).toISOString();
    expect(toDateInput(parsed)).toBe('2026-12-04');
    expect(fromDateInput('2026-12-04', parsed)).toBe(parsed);
    expect(fromDateInput('2026-12-07', parsed)).toBe(new Date(2026, 11, 7, 17).toISOString());
    expect(fromDateInput('', parsed)).toBeUndefined();
    expect(toDateInput(null)).toBe('');
  });
});
