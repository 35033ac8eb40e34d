import { describe, expect, it } from 'vitest';
import type { Client, Commitment } from '../../model/entities';
import { NO_DUE_AT } from '../../model/entities';
import { NOW } from '../test-support';
import { csvField, localDateTime, toCsv } from './csv';
import { escapeText, foldLine, toICalendar } from './ical';
import type { OpenRow } from './open-rows';

const client: Client = {
  id: 'c1',
  name: '华星科技, Shenzhen; "Smart" \\ warehousing',
  domains: ['huaxing.cn.example'],
  notes: '',
  created: '2026-01-01T00:00:00.000Z',
  updated: '2026-01-01T00:00:00.000Z',
};
const commitment: Commitment = {
  id: 'k1',
  clientId: 'c1',
  text: 'We will send the plan, line one\nline two, by "Friday".',
  action: '=HYPERLINK("http://evil.example")',
  due: '2026-11-28T09:00:00.000Z',
  dueAt: Date.UTC(2026, 10, 28, 9),
  dueKind: 'explicit',
  status: 'open',
  created: '2026-11-20T08:00:00.000Z',
  history: [],
};
const undated: Commitment = {
  ...commitment,
  id: 'k2',
  due: undefined,
  dueAt: NO_DUE_AT,
  dueKind: 'none',
};
const rows: OpenRow[] = [
  { commitment, client, goal: undefined },
  { commitment: undated, client, goal: undefined },
];

describe('iCalendar export', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'华'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('writes one VTODO per commitment with DUE, the client, and CRLF line ends', () => {
    const ics = toICalendar(rows, NOW);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(ics.match(/BEGIN:VTODO/g)).toHaveLength(2);
    expect(ics).toContain('UID:k1@kept\r\n');
    expect(ics).toContain('DUE:20261128T090000Z\r\n');
    expect(ics.match(/DUE:/g)).toHaveLength(1);
    // The dated one is also a calendar event (many calendars show no tasks); the undated one is not.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics).toContain('UID:k1-due@kept\r\nDTSTAMP:');
    expect(ics).toContain('DTSTART:20261128T090000Z\r\nDTEND:20261128T093000Z\r\n');
    expect(ics.indexOf('BEGIN:VEVENT')).toBeLessThan(ics.indexOf('END:VEVENT'));
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'SUMMARY:华星科技\\, Shenzhen\\; "Smart" \\\\ warehousing: =HYPERLINK',
    );
    expect(unfolded).toContain('line one\\nline two\\, by "Friday".');
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('writes a BOM, a header and one row per commitment with CRLF line ends', () => {
    const csv = toCsv(rows, 'UTC');
    expect(csv.startsWith('\uFEFFClient,')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'Client,Client domains,Commitment,Action,Due,Due kind,Status,Created,Goal,Site,Subject,Source URL,Kept id',
    );
    expect(csv).toContain('"华星科技, Shenzhen; ""Smart"" \\ warehousing",huaxing.cn.example,');
    expect(csv).toContain('"We will send the plan, line one\nline two, by ""Friday""."');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv.endsWith(',k2\r\n')).toBe(true);
  });

  it("writes dates in the user's local time", () => {
    const shanghai = toCsv(rows, 'Asia/Shanghai');
    // Due 09:00 UTC is 17:00 in Shanghai; created 08:00 UTC is 16:00.
    expect(shanghai).toContain(',2026-11-28 17:00,explicit,open,2026-11-20 16:00,');
    expect(toCsv(rows, 'America/New_York')).toContain(',2026-11-28 04:00,explicit,');
    expect(localDateTime('2026-03-29T00:30:00.000Z', 'Europe/London')).toBe('2026-03-29 00:30');
    expect(localDateTime('2026-03-29T01:30:00.000Z', 'Europe/London')).toBe('2026-03-29 02:30');
  });
});

/** Cells as a spreadsheet reads them, splitting on `separator` (RFC 4180 quoting). */
function readCells(csv: string, separator: ',' | ';'): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const ch = csv[i]!;
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && (ch === separator || ch === '\n')) {
      cells.push(cell.replace(/\r$/, ''));
      cell = '';
    } else {
      cell += ch;
    }
  }
  return cells;
}

describe('CSV export against formula injection', () => {
  const attacks = [
    '=1+2',
    '+1+2',
    '-2+3',
    '@SUM(A1)',
    '\t=1+2',
    '\r=1+2',
    'ok;=HYPERLINK("http://evil.example")',
    'ok;+1',
    'ok;-1',
    'ok;@SUM(A1)',
    'a,b;=1',
  ];

  it.each(attacks)('no cell of %j starts a formula, split on , or ;', (attack) => {
    const evil: Commitment = { ...commitment, text: attack, action: attack };
    const csv = toCsv(
      [{ commitment: evil, client: { ...client, name: attack }, goal: undefined }],
      'UTC',
    ).slice(1);
    for (const separator of [',', ';'] as const)
      for (const cell of readCells(csv, separator)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('quotes a field with a semicolon, so it stays one cell where ; separates', () => {
    expect(csvField('ok;=1')).toBe('"ok;=1"');
    expect(csvField('-5')).toBe("'-5");
  });
});
