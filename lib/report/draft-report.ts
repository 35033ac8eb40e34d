import { formatDue } from '../analysis/dates';
import { formatDay } from '../analysis/dates/format';
import { localParts } from '../analysis/dates/zone';
import { NO_DUE_AT, type Commitment, type Goal } from '../model/entities';
import { translator, type Lang } from '../i18n';

/** Everything a progress report is drafted from; `now` and the zone are passed in (no clock here). */
export interface ReportInput {
  lang: Lang;
  now: number;
  timeZone: string;
  /** Reported work is what was completed after this instant (the last report, or two weeks ago). */
  since: number;
  /** The client's commitments, any status. */
  commitments: readonly Commitment[];
  goals: readonly Goal[];
}

const wording = (c: Commitment): string => {
  const text = c.action.trim() || c.text.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** The last move of a dated commitment to a new date (a first date for an undated one is no delay). */
const lastMove = (c: Commitment) =>
  c.history.findLast(
    (h) => h.change === 'rescheduled' && h.from !== undefined && h.from !== 'none',
  );

/** Late: past its date and still open, or already moved once (the client deserves to hear why). */
const isLate = (c: Commitment, now: number) => c.dueAt < now || lastMove(c) !== undefined;

/**
 * Drafts an honest status update for a client, in `lang`: what was done since the last report, what
 * is in progress with its date, what is late with the new date and the reason, and the next steps
 * (undated items and active goals). Empty sections are left out. Pure: the same input gives the same text.
 */
export function draftReport(input: ReportInput): string {
  const { lang, now, timeZone, since } = input;
  const t = translator(lang);
  const ctx = { now: new Date(now), timeZone };
  const day = (iso: string | number) => formatDue(new Date(iso).toISOString(), ctx, lang);
  // Report dates, completions and "since" are days; only a due date's time of day can matter.
  const thisYear = localParts(now, timeZone).y;
  const dayOnly = (ms: number) => formatDay(localParts(ms, timeZone), lang, thisYear);
  const open = input.commitments.filter((c) => c.status === 'open');
  const sections: [string, string[]][] = [
    [
      t('report.doneSince', { date: dayOnly(since) }),
      input.commitments
        .filter((c) => c.status === 'done' && (c.completedAt ?? 0) > since)
        .sort((a, b) => (a.completedAt ?? 0) - (b.completedAt ?? 0))
        .map((c) => t('report.doneItem', { item: wording(c), date: dayOnly(c.completedAt!) })),
    ],
    [
      t('report.inProgress'),
      open
        .filter((c) => c.dueAt !== NO_DUE_AT && !isLate(c, now))
        .map((c) => t('report.progressItem', { item: wording(c), date: day(c.dueAt) })),
    ],
    [t('report.late'), open.filter((c) => isLate(c, now)).map((c) => lateLine(c, now, t, day))],
    [
      t('report.next'),
      [
        ...open
          .filter((c) => c.dueAt === NO_DUE_AT)
          .map((c) => t('report.undatedItem', { item: wording(c) })),
        ...input.goals
          .filter((g) => g.status === 'active')
          .map((g) =>
            t(g.due ? 'report.goalItem' : 'report.goalItemUndated', {
              goal: g.title,
              target: g.target || g.specific,
              date: g.due ? day(g.due) : '',
              progress: g.progress,
            }),
          ),
      ],
    ],
  ];
  const body = sections
    .filter(([, lines]) => lines.length > 0)
    .map(([heading, lines]) => [heading, ...lines.map((l) => `• ${l}`)].join('\n'));
  const title = t('report.title', { date: dayOnly(now) });
  return [title, ...(body.length > 0 ? body : [t('report.nothing')])].join('\n\n');
}

function lateLine(
  c: Commitment,
  now: number,
  t: ReturnType<typeof translator>,
  day: (iso: string | number) => string,
): string {
  const moved = lastMove(c);
  if (c.dueAt >= now && moved?.from)
    return t('report.movedItem', {
      item: wording(c),
      date: day(c.dueAt),
      was: day(moved.from),
      reason: moved.reason ?? '',
    });
  return t('report.overdueItem', { item: wording(c), was: day(c.dueAt) });
}
