import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../db/settings';
import { fromDateInput, toDateInput } from './review-controller';
import { newClientFrom, ruleSettings } from './services';

describe('runtime helpers', () => {
  it('suggests a new client from the first business domain, never from free mail', () => {
    expect(
      newClientFrom([{ address: 'chris@gmail.com' }, { address: 'wang@globex.example' }]),
    ).toEqual({ name: 'Globex', domain: 'globex.example' });
    expect(newClientFrom([{ address: 'a@qq.com' }, { address: 'b@outlook.com' }])).toBeNull();
  });

  it('turns settings into the analysis rule settings', () => {
    expect(
      ruleSettings({
        ...DEFAULT_SETTINGS,
        rulesOff: ['vague-date'],
        customPhrases: [
          { phrase: 'rest assured', mode: 'allow' },
          { phrase: 'no worries', mode: 'flag' },
        ],
        ruleSeverity: { 'overpromise-guarantee': 'info' },
      }),
    ).toEqual({
      disabled: ['vague-date'],
      allow: ['rest assured'],
      flag: ['no worries'],
      severity: { 'overpromise-guarantee': 'info' },
    });
    expect(ruleSettings(null)).toEqual({ disabled: [], allow: [], flag: [], severity: {} });
  });

  it('keeps a parsed due instant unless the user picked another day (then 17:00 local)', () => {
    const parsed = new Date(2026, 11, 4, 9, 30).toISOString();
    expect(toDateInput(parsed)).toBe('2026-12-04');
    expect(fromDateInput('2026-12-04', parsed)).toBe(parsed);
    expect(fromDateInput('2026-12-07', parsed)).toBe(new Date(2026, 11, 7, 17).toISOString());
    expect(fromDateInput('', parsed)).toBeUndefined();
    expect(toDateInput(null)).toBe('');
  });
});
