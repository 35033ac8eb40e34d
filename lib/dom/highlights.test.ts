import { describe, expect, it } from 'vitest';
import { highlightName } from './highlights';

describe('highlightName', () => {
  it.each([
    ['overpromise', undefined, 'kept-overpromise'],
    ['overpromise', 'warning', 'kept-overpromise'],
    ['overpromise', 'error', 'kept-overpromise-error'],
    ['missing-date', 'info', 'kept-missing-date-info'],
    ['something-new', 'error', 'kept-other-error'],
    ['overpromise', 'loud', 'kept-overpromise'],
  ])('%s at %s → %s', (kind, severity, name) => {
    expect(highlightName(kind, severity)).toBe(name);
  });
});
