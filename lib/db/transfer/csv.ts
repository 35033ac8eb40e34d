import type { OpenRow } from './open-rows';

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, semicolon, quote or line break, quotes
 * doubled. A leading = + - @ tab or CR gets a ' first, because CRMs and spreadsheets would run it as a
 * formula (CSV injection). Semicolons are quoted too: spreadsheets in locales with a decimal comma
 * split on `;`, and an unquoted "a;=cmd()" would start a new cell with a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADER = [
  'Client',
  'Client domains',
  'Commitment',
  'Action',
  'Due',
  'Due kind',
  'Status',
  'Created',
  'Goal',
  'Site',
  'Subject',
  'Source URL',
  'Kept id',
];

/**
 * An ISO instant as a spreadsheet reads a local date and time, "2026-11-28 17:00", in `timeZone`
 * (the user's: a promise due 17:00 in Shanghai shows 17:00, not 09:00 UTC).
 */
export function localDateTime(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** The byte order mark that tells Excel the file is UTF-8 (without it, Chinese opens garbled). */
export const UTF8_BOM = '\uFEFF';

/**
 * Open commitments as CSV for a spreadsheet or a CRM's task import: a UTF-8 byte order mark, a header
 * row, dates in the user's local time (`timeZone`), CRLF line ends.
 */
export function toCsv(rows: readonly OpenRow[], timeZone: string): string {
  const lines = [
    HEADER,
    ...rows.map(({ commitment: c, client, goal }) => [
      client?.name ?? '',
      client?.domains.join(' ') ?? '',
      c.text,
      c.action,
      c.due ? localDateTime(c.due, timeZone) : '',
      c.dueKind,
      c.status,
      localDateTime(c.created, timeZone),
      goal?.title ?? '',
      c.source?.site ?? '',
      c.source?.subject ?? '',
      c.source?.url ?? '',
      c.id,
    ]),
  ];
  return UTF8_BOM + lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
