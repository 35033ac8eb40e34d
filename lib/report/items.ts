import { NO_DUE_AT, type Commitment } from '../model/entities';

const DAY = 86_400_000;
/** "Due within three days" (a risk the report lists): a risk while it is still open. */
export const SOON_MS = 3 * DAY;

/** One deliverable of the report: a commitment, or several records of the same deliverable merged. */
export interface ReportItem {
  /** The record shown (a done one wins over an open one: the deliverable was delivered). */
  c: Commitment;
  /** The due date first given, from the history (epoch ms), or NO_DUE_AT for a never-dated item. */
  firstDueAt: number;
  /** How many times a dated due was moved to another date. */
  moves: number;
  /** The last move of a dated due, with its reason. */
  lastMove?: { from: string; to: string; reason?: string };
}

/** Letters and digits only, lower-cased: "Send the lane report." and "send the  lane report" agree. */
export function normaliseAction(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const dated = (s: string | undefined): s is string => s !== undefined && s !== 'none';
const epoch = (iso: string) => new Date(iso).getTime();

/** The moves of a dated due (a first date for an undated commitment is no move). */
function moves(c: Commitment) {
  return c.history.filter(
    (h): h is typeof h & { from: string; to: string } =>
      h.change === 'rescheduled' && dated(h.from) && h.to !== undefined,
  );
}

/** The first due date the commitment had: the first dated value along its reschedules, else its due. */
export function firstDueAt(c: Commitment): number {
  for (const h of c.history) {
    if (h.change !== 'rescheduled') continue;
    if (dated(h.from)) return epoch(h.from);
    if (dated(h.to)) return epoch(h.to);
  }
  return c.dueAt;
}

/**
 * Running late, from the history rather than one field: still open and past its due, or rescheduled
 * to later than the date first given. An item moved earlier is not late.
 */
export function isLate(item: ReportItem, now: number): boolean {
  const { c } = item;
  if (c.status !== 'open' || c.dueAt === NO_DUE_AT) return false;
  return c.dueAt < now || (item.firstDueAt !== NO_DUE_AT && c.dueAt > item.firstDueAt);
}

/** Open and due in the next three days. */
export const dueSoon = (item: ReportItem, now: number): boolean =>
  item.c.status === 'open' && item.c.dueAt >= now && item.c.dueAt - now <= SOON_MS;

/** Open and moved more than once. */
export const movedOften = (item: ReportItem): boolean => item.c.status === 'open' && item.moves > 1;

/** The local calendar day of an instant in `timeZone`, as a key ("2026-11-27"). */
function dayKey(ms: number, timeZone: string): string {
  if (ms === NO_DUE_AT) return 'none';
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(ms));
}

const rank = (c: Commitment) => (c.status === 'done' ? 0 : c.status === 'open' ? 1 : 2);

/**
 * The deliverables of `commitments` (dropped ones left out): records of the same client with the same
 * normalised action and the same due day are one deliverable, shown once. The record shown is a done
 * one if any (else the one with most history); the first due is the earliest any record had, and the
 * moves are the most any record made (the same move is often logged on each copy).
 */
export function reportItems(commitments: readonly Commitment[], timeZone: string): ReportItem[] {
  const groups = new Map<string, Commitment[]>();
  for (const c of commitments) {
    if (c.status === 'dropped') continue;
    const key = [c.clientId, normaliseAction(c.action || c.text), dayKey(c.dueAt, timeZone)].join(
      '\u0000',
    );
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()].map((records) => {
    const [shown] = [...records].sort(
      (a, b) => rank(a) - rank(b) || b.history.length - a.history.length,
    );
    const moveLists = records.map(moves);
    const longest = moveLists.reduce((a, b) => (b.length > a.length ? b : a));
    const last = longest[longest.length - 1];
    return {
      c: shown!,
      firstDueAt: Math.min(...records.map(firstDueAt)),
      moves: longest.length,
      ...(last ? { lastMove: { from: last.from, to: last.to, reason: last.reason } } : {}),
    };
  });
}
