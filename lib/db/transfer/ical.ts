import type { OpenRow } from './open-rows';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + space. Counted in UTF-8 octets and
 * never splitting a character, so Chinese client names survive calendar apps.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with one space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** An instant in the iCalendar UTC form, 20261128T170000Z. */
export const icalDate = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** How long a due date's calendar event lasts: a reminder-sized slot, shown as free time. */
const EVENT_MS = 30 * 60_000;

/**
 * Open commitments as an iCalendar file: one VTODO per commitment, DUE at its due time (undated ones
 * have none), and for each dated one a VEVENT at that time too, since many calendars (Google
 * Calendar among them) show no tasks; the client in SUMMARY and DESCRIPTION, CRLF line ends.
 */
export function toICalendar(rows: readonly OpenRow[], now: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kept//Kept ledger//EN',
    'CALSCALE:GREGORIAN',
  ];
  for (const { commitment: c, client, goal } of rows) {
    const clientName = client?.name ?? 'Unknown client';
    const description = [
      `Client: ${clientName}`,
      goal ? `Goal: ${goal.title}` : '',
      `Promise: ${c.text}`,
      c.dueKind === 'vague' ? 'The due date was stated loosely.' : '',
      c.source?.subject ? `Subject: ${c.source.subject}` : '',
      c.source?.url ? `Source: ${c.source.url}` : '',
    ].filter(Boolean);
    const common = [
      `DTSTAMP:${icalDate(now)}`,
      `CREATED:${icalDate(Date.parse(c.created))}`,
      `SUMMARY:${escapeText(`${clientName}: ${c.action || c.text}`)}`,
      `DESCRIPTION:${escapeText(description.join('\n'))}`,
    ];
    lines.push(
      'BEGIN:VTODO',
      `UID:${c.id}@kept`,
      ...common,
      ...(c.due ? [`DUE:${icalDate(c.dueAt)}`] : []),
      'STATUS:NEEDS-ACTION',
      `CATEGORIES:${escapeText(clientName)}`,
      'END:VTODO',
    );
    if (c.due)
      lines.push(
        'BEGIN:VEVENT',
        `UID:${c.id}-due@kept`,
        ...common,
        `DTSTART:${icalDate(c.dueAt)}`,
        `DTEND:${icalDate(c.dueAt + EVENT_MS)}`,
        'TRANSP:TRANSPARENT',
        `CATEGORIES:${escapeText(clientName)}`,
        'END:VEVENT',
      );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
