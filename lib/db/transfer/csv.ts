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

/** Open commitments as CSV for a CRM's task import: a header row, CRLF line ends. */
export function toCsv(rows: readonly OpenRow[]): string {
  const lines = [
    HEADER,
    ...rows.map(({ commitment: c, client, goal }) => [
      client?.name ?? '',
      client?.domains.join(' ') ?? '',
      c.text,
      c.action,
      c.due ?? '',
      c.dueKind,
      c.status,
      c.created,
      goal?.title ?? '',
      c.source?.site ?? '',
      c.source?.subject ?? '',
      c.source?.url ?? '',
      c.id,
    ]),
  ];
  return lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
