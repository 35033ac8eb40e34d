import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { rules } from './rules';

/**
 * Findings are drawn in the host page's DOM, which the page's scripts can read; the ledger (the
 * client's logged promises) reaches the analysis only to be compared with the draft. So no finding —
 * message, fix label or replacement — ever carries a ledger entry's text (ARCHITECTURE: the
 * content-script boundary).
 */
const MARKER = 'Zebraquartz';

describe("the client's ledger never shows in a finding", () => {
  const examples = rules.flatMap((rule) =>
    rule.examples.flags.map((e) => [rule.id, typeof e === 'string' ? e : e.text] as const),
  );
  it.each(examples)('%s: %s', (_rule, text) => {
    // An entry for every sentence of the example, with another date, so ledger-conflict can fire.
    const ledger = [
      { text: `${text} ${MARKER}`, due: '2031-01-06' },
      { text: `${MARKER} 机密条款`, due: '2031-01-06' },
    ];
    const { findings } = analyze(text, { now: '2026-11-27T09:00:00Z', timeZone: 'UTC', ledger });
    expect(JSON.stringify(findings)).not.toMatch(new RegExp(`${MARKER}|机密条款`, 'i'));
  });
});
