// The analyzer's own contract: the severity the user chose, and what happens when a rule throws.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { warnAndContinue } from './analysis-errors';
import { createAnalyzer } from './analyzer';
import { overpromiseGuarantee } from './rules/overpromise-guarantee';

const NOW = '2026-11-27T09:00:00Z';
const TEXT = 'We guarantee it. I will definitely send the draft tomorrow.';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('severity from the settings', () => {
  it('applies the chosen severity to that rule only, and goes back without re-analysis', () => {
    const analyzer = createAnalyzer();
    const severities = (severity?: Record<string, 'info' | 'warning' | 'error'>) =>
      analyzer
        .analyze(TEXT, { now: NOW, settings: { severity } })
        .findings.map((f) => `${f.rule}=${f.severity}`);
    expect(severities()).toEqual([
      'overpromise-guarantee=warning',
      'overpromise-certainty=warning',
    ]);
    expect(severities({ 'overpromise-guarantee': 'info' })).toEqual([
      'overpromise-guarantee=info',
      'overpromise-certainty=warning',
    ]);
    const check = vi.spyOn(overpromiseGuarantee, 'check');
    expect(severities({ 'overpromise-guarantee': 'error' })[0]).toBe('overpromise-guarantee=error');
    expect(check).not.toHaveBeenCalled();
  });
  it('ignores severities that are not one of info, warning, error', () => {
    const { findings } = createAnalyzer().analyze('We guarantee it.', {
      now: NOW,
      settings: { severity: { 'overpromise-guarantee': 'loud' as 'error' } },
    });
    expect(findings[0]!.severity).toBe('warning');
  });
});

describe('errors', () => {
  const broken = () =>
    vi.spyOn(overpromiseGuarantee, 'check').mockImplementation(() => {
      throw new Error('boom');
    });

  it('rethrows in tests (the unit-test setup makes that the default)', () => {
    broken();
    expect(() => createAnalyzer().analyze(TEXT, { now: NOW })).toThrow('boom');
  });
  it('in the product, warns with the rule id and keeps the other rules’ findings', () => {
    broken();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { findings } = createAnalyzer({ onError: warnAndContinue }).analyze(TEXT, { now: NOW });
    expect(findings.map((f) => f.rule)).toContain('overpromise-certainty');
    expect(findings.map((f) => f.rule)).not.toContain('overpromise-guarantee');
    expect(warn).toHaveBeenCalledWith(
      '[Kept] rule overpromise-guarantee failed',
      expect.any(Error),
    );
  });
  it('tells a custom handler which rule failed', () => {
    broken();
    const onError = vi.fn();
    createAnalyzer({ onError }).analyze(TEXT, { now: NOW });
    expect(onError).toHaveBeenCalledWith(expect.any(Error), { rule: 'overpromise-guarantee' });
  });
});
