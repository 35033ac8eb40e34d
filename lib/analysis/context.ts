/** Applies defaults to an `AnalysisContext`; never throws. */
import type { AnalysisContext, ResolvedContext, Severity } from './types';

/** Zones already checked: constructing an Intl formatter costs more than analysing a sentence. */
const zones = new Map<string, boolean>();
let runtimeZone: string | undefined;

function isZone(zone: string): boolean {
  let ok = zones.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    zones.set(zone, ok);
  }
  return ok;
}

function validZone(zone: string | undefined): string {
  if (zone && isZone(zone)) return zone;
  if (runtimeZone === undefined) {
    try {
      runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch {
      runtimeZone = 'UTC';
    }
  }
  return runtimeZone;
}

const SEVERITIES = new Set<unknown>(['info', 'warning', 'error'] satisfies Severity[]);

/** The valid entries of a rule id → severity map. */
function severities(map: unknown): Record<string, Severity> {
  if (!map || typeof map !== 'object') return {};
  return Object.fromEntries(
    Object.entries(map).filter((e): e is [string, Severity] => SEVERITIES.has(e[1])),
  );
}

const strings = (list: unknown): string[] =>
  Array.isArray(list)
    ? list.filter((x): x is string => typeof x === 'string' && x.trim() !== '')
    : [];

/**
 * The context with defaults, or null when `now` is missing or invalid. `now` is truncated to the
 * minute: results are defined per minute, which lets keystrokes within a minute share the cache.
 */
export function resolveContext(context: AnalysisContext | undefined): ResolvedContext | null {
  const raw = context?.now;
  const now =
    raw instanceof Date ? new Date(raw.getTime()) : typeof raw === 'string' ? new Date(raw) : null;
  if (!now || Number.isNaN(now.getTime())) return null;
  now.setUTCSeconds(0, 0);
  const lang = context?.lang === 'en' || context?.lang === 'zh' ? context.lang : 'auto';
  const ledger = Array.isArray(context?.ledger)
    ? context.ledger
        .filter((e) => e && typeof e.text === 'string')
        .map((e) => ({ text: e.text, due: typeof e.due === 'string' ? e.due : null }))
    : [];
  const s = context?.settings;
  return {
    now,
    timeZone: validZone(context?.timeZone),
    lang,
    ledger,
    settings: {
      disabled: strings(s?.disabled),
      flag: strings(s?.flag),
      allow: strings(s?.allow),
      severity: severities(s?.severity),
    },
  };
}

/**
 * The part of the context that changes a sentence's result: the cache key prefix. Severity is not in
 * it: the analyzer applies it to cached results.
 */
export const contextKey = ({ now, timeZone, lang, ledger, settings }: ResolvedContext): string =>
  JSON.stringify([
    now.toISOString(),
    timeZone,
    lang,
    ledger,
    settings.disabled,
    settings.flag,
    settings.allow,
  ]);
