import { analyze, type Finding } from '../analysis';
import { formatDue } from '../analysis/dates';
import { formatDay } from '../analysis/dates/format';
import { localParts } from '../analysis/dates/zone';
import { NO_DUE_AT, type Commitment, type Goal } from '../model/entities';
import { translator, type Lang, type T } from '../i18n';
import { dueSoon, isLate, movedOften, reportItems, type ReportItem } from './items';
import { textLanguage } from './language';

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

/** A line of the report; `quote` is an item's original text in the other language, quoted as written. */
interface Line {
  text: string;
  quote?: string;
}

/** A row of the rich report's table. */
interface Row {
  what: Line;
  due: string;
  status: string;
}

/** The report before it is written out: the same content for the plain and the rich version. */
export interface ReportModel {
  title: string;
  /** Empty when there is nothing to report. */
  nothing?: string;
  /** Plain version: headed lists (done, in progress, late, next steps, risks). */
  sections: { heading: string; lines: Line[] }[];
  /** Rich version: the table, then the risks and the goals. */
  table: { head: [string, string, string]; rows: Row[] };
  risks: { heading: string; lines: Line[] };
  goals: { heading: string; lines: Line[] };
}

/** The text and the HTML of a report, and what Kept's own analysis finds in them (should be nothing). */
export interface DraftedReport {
  text: string;
  html: string;
  findings: Finding[];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const byDue = (a: ReportItem, b: ReportItem) => a.c.dueAt - b.c.dueAt;

/**
 * Builds the report's content in `lang`, in date order: what was done since the last report, what is
 * in progress, what is running late (from the history: see `isLate`), the next steps (undated items,
 * active goals), and the risks (open promises due within three days, or moved more than once). Records
 * of the same deliverable are merged. An item written in the other language is named as such in
 * `lang` and its original text quoted, never put into the sentence template. Pure.
 */
export function buildReport(input: ReportInput): ReportModel {
  const { lang, now, timeZone, since } = input;
  const t = translator(lang);
  const ctx = { now: new Date(now), timeZone };
  const day = (ms: number | string) => formatDue(new Date(ms).toISOString(), ctx, lang);
  // Report dates, completions and "since" are days; only a due date's time of day can matter.
  const thisYear = localParts(now, timeZone).y;
  const dayOnly = (ms: number) => formatDay(localParts(ms, timeZone), lang, thisYear);
  const other: Lang = lang === 'en' ? 'zh' : 'en';

  const label = ({ c }: ReportItem): Line => {
    const wording = (c.action.trim() || c.text.trim()).replace(/[。．.!！]+$/u, '');
    if (textLanguage(wording) !== lang)
      return {
        text: t('report.foreignItem', { language: t(`report.languages.${other}`) }),
        quote: c.text.trim(),
      };
    // An action of one word ("处理", "call") says nothing of what is done: the sentence says it.
    const informative =
      lang === 'zh'
        ? (wording.match(/\p{Script=Han}/gu)?.length ?? 0) >= 4
        : wording.split(/\s+/).length >= 2;
    return informative
      ? { text: capitalise(wording) }
      : { text: t('report.quotedItem'), quote: c.text.trim() };
  };
  const line = (item: ReportItem, key: Parameters<T>[0], params: Record<string, string>) => {
    const l = label(item);
    return { ...l, text: t(key, { ...params, item: l.text }) };
  };

  const items = reportItems(input.commitments, timeZone);
  const done = items
    .filter((i) => i.c.status === 'done' && (i.c.completedAt ?? 0) > since)
    .sort((a, b) => (a.c.completedAt ?? 0) - (b.c.completedAt ?? 0));
  const open = items.filter((i) => i.c.status === 'open').sort(byDue);
  const dated = open.filter((i) => i.c.dueAt !== NO_DUE_AT);
  const onTrack = dated.filter((i) => !isLate(i, now));
  const late = dated.filter((i) => isLate(i, now));
  const undated = open.filter((i) => i.c.dueAt === NO_DUE_AT);
  const goals = input.goals
    .filter((g) => g.status === 'active')
    .sort(
      (a, b) => (a.due ? Date.parse(a.due) : NO_DUE_AT) - (b.due ? Date.parse(b.due) : NO_DUE_AT),
    )
    .map((g): Line => {
      const target = g.target || g.specific;
      const params = { goal: g.title, target, date: g.due ? day(g.due) : '', progress: g.progress };
      if (textLanguage(`${g.title} ${target}`) === lang)
        return { text: t(g.due ? 'report.goalItem' : 'report.goalItemUndated', params) };
      // A goal written in the other language: named as such, its title and target quoted.
      return {
        text: t(g.due ? 'report.goalForeign' : 'report.goalForeignUndated', {
          ...params,
          language: t(`report.languages.${other}`),
        }),
        quote: target ? `${g.title}: ${target}` : g.title,
      };
    });

  const lateLine = (i: ReportItem): Line => {
    if (i.c.dueAt < now) return line(i, 'report.overdueItem', { was: day(i.c.dueAt) });
    const params = {
      date: day(i.c.dueAt),
      was: day(i.firstDueAt),
      reason: i.lastMove?.reason ?? '',
    };
    return line(i, params.reason ? 'report.movedItem' : 'report.movedItemNoReason', params);
  };
  const lateStatus = (i: ReportItem): string => {
    if (i.c.dueAt < now) return t('report.statusOverdue', { was: day(i.c.dueAt) });
    const reason = i.lastMove?.reason ?? '';
    return t(reason ? 'report.statusMoved' : 'report.statusMovedNoReason', {
      was: day(i.firstDueAt),
      reason,
    });
  };

  const risky = open.filter((i) => dueSoon(i, now) || movedOften(i));
  const riskLines = risky.map((i) => {
    const reasons = [
      ...(dueSoon(i, now) ? [t('report.riskSoon', { date: day(i.c.dueAt) })] : []),
      ...(movedOften(i) ? [t('report.riskMoved', { count: i.moves, date: day(i.c.dueAt) })] : []),
    ];
    return line(i, 'report.riskItem', { reasons: reasons.join(t('report.riskJoin')) });
  });

  const sections = [
    {
      heading: t('report.doneSince', { date: dayOnly(since) }),
      lines: done.map((i) => line(i, 'report.doneItem', { date: dayOnly(i.c.completedAt!) })),
    },
    {
      heading: t('report.inProgress'),
      lines: onTrack.map((i) => line(i, 'report.progressItem', { date: day(i.c.dueAt) })),
    },
    { heading: t('report.late'), lines: late.map(lateLine) },
    {
      heading: t('report.next'),
      lines: [...undated.map((i) => line(i, 'report.undatedItem', {})), ...goals],
    },
    { heading: t('report.risks'), lines: riskLines },
  ].filter((s) => s.lines.length > 0);

  const rows: Row[] = [
    ...done.map((i) => ({
      what: label(i),
      due: day(i.c.dueAt),
      status: t('report.statusDone', { date: dayOnly(i.c.completedAt!) }),
    })),
    ...dated.map((i) => ({
      what: label(i),
      due: day(i.c.dueAt),
      status: isLate(i, now) ? lateStatus(i) : t('report.statusOnTrack'),
    })),
    ...undated.map((i) => ({
      what: label(i),
      due: t('report.noDue'),
      status: t('report.statusUndated'),
    })),
  ];

  return {
    title: t('report.title', { date: dayOnly(now) }),
    ...(sections.length === 0 ? { nothing: t('report.nothing') } : {}),
    sections,
    table: {
      head: [t('report.columnWhat'), t('report.columnDue'), t('report.columnStatus')],
      rows,
    },
    risks: { heading: t('report.risks'), lines: riskLines },
    goals: { heading: t('report.next'), lines: goals },
  };
}

/** A line as plain text: the quote on its own line, e-mail style ("> "), as Kept's analysis skips it. */
const plainLine = (l: Line) =>
  `• ${l.text}${l.quote ? `\n  > ${l.quote.replace(/\n/g, ' ')}` : ''}`;

/** The plain-text version, for plain editors (textarea composers) and copying. */
export function reportText(model: ReportModel): string {
  if (model.nothing) return `${model.title}\n\n${model.nothing}`;
  const body = model.sections.map((s) => [s.heading, ...s.lines.map(plainLine)].join('\n'));
  return [model.title, ...body].join('\n\n');
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
const CELL = 'border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top';
const QUOTE = 'margin:4px 0 0;padding-left:8px;border-left:3px solid #ccc';
const htmlLine = (l: Line) =>
  escapeHtml(l.text) +
  (l.quote ? `<blockquote style="${QUOTE}">${escapeHtml(l.quote)}</blockquote>` : '');
const list = (heading: string, lines: Line[]) =>
  lines.length === 0
    ? ''
    : `<div><b>${escapeHtml(heading)}</b></div><ul>${lines.map((l) => `<li>${htmlLine(l)}</li>`).join('')}</ul>`;

/**
 * The rich version, for editors that take HTML: the title, a table (what, due, status), a short
 * "Risks" part and the goals. Inline styles only, as mail clients drop style sheets.
 */
export function reportHtml(model: ReportModel): string {
  const title = `<div><b>${escapeHtml(model.title)}</b></div>`;
  if (model.nothing) return `${title}<div>${escapeHtml(model.nothing)}</div>`;
  const table =
    model.table.rows.length === 0
      ? ''
      : `<table style="border-collapse:collapse"><thead><tr>${model.table.head
          .map((h) => `<th style="${CELL}">${escapeHtml(h)}</th>`)
          .join('')}</tr></thead><tbody>${model.table.rows
          .map(
            (r) =>
              `<tr><td style="${CELL}">${htmlLine(r.what)}</td><td style="${CELL}">${escapeHtml(r.due)}</td><td style="${CELL}">${escapeHtml(r.status)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  return (
    title +
    table +
    list(model.risks.heading, model.risks.lines) +
    list(model.goals.heading, model.goals.lines)
  );
}

/** The rich version as an editor's text reads it (cells and lines apart, quotes as "> " lines). */
function richText(model: ReportModel): string {
  if (model.nothing) return `${model.title}\n${model.nothing}`;
  const cells = model.table.rows.flatMap((r) => [plainLine(r.what), r.due, r.status]);
  const lists = [model.risks, model.goals].flatMap((s) =>
    s.lines.length ? [s.heading, ...s.lines.map(plainLine)] : [],
  );
  return [model.title, ...model.table.head, ...cells, ...lists].join('\n');
}

/**
 * What Kept's own analysis flags in a report it wrote (docs/ARCHITECTURE.md, "Analysis is a pure
 * library": the same `analyze`, `now` passed in). Quoted originals are the writer's earlier words, and
 * are skipped as any quote is.
 */
export function reportFindings(text: string, now: number, timeZone: string): Finding[] {
  return analyze(text, { now: new Date(now), timeZone }).findings;
}

/** Plain text, HTML, and the findings of both (none, for the wording Kept writes). */
export function composeReport(input: ReportInput): DraftedReport {
  const model = buildReport(input);
  const text = reportText(model);
  const findings = [
    ...reportFindings(text, input.now, input.timeZone),
    ...reportFindings(richText(model), input.now, input.timeZone),
  ];
  const seen = new Set<string>();
  return {
    text,
    html: reportHtml(model),
    findings: findings.filter((f) => {
      const key = `${f.rule}\u0000${f.text}`;
      return seen.has(key) ? false : (seen.add(key), true);
    }),
  };
}

/** The plain-text report (see `buildReport`). Pure: the same input gives the same text. */
export function draftReport(input: ReportInput): string {
  return reportText(buildReport(input));
}
