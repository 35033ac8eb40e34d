/** Runs a rule's phrase tables in tests: every "flags" line must produce the rule, no "ignores" line. */
import { analyze } from '../index';

const NOW = '2026-11-27T09:00:00Z';

/** The rule ids found in `text` (fixed `now` and zone, so tables are deterministic). */
export const rulesFound = (text: string): string[] =>
  analyze(text, { now: NOW, timeZone: 'UTC' }).findings.map((f) => f.rule);
