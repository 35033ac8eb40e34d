import { browser } from 'wxt/browser';

/** The `storage.local` key the options page reads for its diagnostics line. */
export const DIAGNOSTICS_KEY = 'kept:diagnostics';

/** Why Kept did nothing somewhere, per site: what was skipped, how often, and when last. */
export interface SiteDiagnostics {
  updated: string;
  reasons: { reason: string; count: number; last: string }[];
}

const pending = new Map<string, Map<string, number>>();
let timer: ReturnType<typeof setTimeout> | undefined;

/**
 * Records why an adapter skipped something (docs/ARCHITECTURE.md, "Sites are adapters": degrading quietly): never shown in the host
 * page, written to `storage.local` in batches so a page that re-renders often does not write often.
 */
export function recordReason(site: string, reason: string): void {
  const reasons = pending.get(site) ?? new Map<string, number>();
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  pending.set(site, reasons);
  console.debug(`[Kept] ${site}: ${reason}`);
  timer ??= setTimeout(() => void flush(), 2000);
}

async function flush(): Promise<void> {
  timer = undefined;
  const batch = new Map(pending);
  pending.clear();
  try {
    const stored = (await browser.storage.local.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY] as
      Record<string, SiteDiagnostics> | undefined;
    const all = { ...stored };
    const now = new Date().toISOString();
    for (const [site, reasons] of batch) {
      const known = new Map((all[site]?.reasons ?? []).map((r) => [r.reason, r]));
      for (const [reason, count] of reasons) {
        const before = known.get(reason);
        known.set(reason, { reason, count: (before?.count ?? 0) + count, last: now });
      }
      // The newest 20 reasons are plenty for a diagnostics line and keep storage small.
      const newest = [...known.values()].sort((a, b) => b.last.localeCompare(a.last)).slice(0, 20);
      all[site] = { updated: now, reasons: newest };
    }
    await browser.storage.local.set({ [DIAGNOSTICS_KEY]: all });
  } catch {
    // Storage unavailable (extension reloaded): diagnostics are best effort.
  }
}
