import { useMemo } from 'react';
import { formatDue, parseDue } from '../lib/analysis/dates';
import type { Lang } from '../lib/i18n';
import { timeZone } from './use-now';

/** A typed "when" parsed as the user types: what to store and how to show it. */
export interface ParsedDue {
  kind: 'explicit' | 'vague' | 'none';
  due: string | undefined;
  /** The resolved date in the user's language ("Fri 4 Dec" / "12月4日 周五"), for explicit dates. */
  label: string | undefined;
  /** The phrase that was recognised ("下周五", "soon"). */
  phrase: string | undefined;
}

/** Parses `input` with the analysis's date code (EN and ZH), in the user's time zone. */
export function useParsedDue(input: string, now: number, lang: Lang): ParsedDue {
  return useMemo(() => {
    const ctx = { now: new Date(now), timeZone: timeZone() };
    const parsed = parseDue(input, ctx);
    const due = parsed.due ?? undefined;
    return {
      kind: parsed.kind,
      due,
      label: due ? formatDue(due, ctx, lang) : undefined,
      phrase: parsed.text ?? undefined,
    };
  }, [input, now, lang]);
}
