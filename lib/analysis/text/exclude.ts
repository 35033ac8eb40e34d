/**
 * Finds the parts of a message that are not the writer's new text (docs/ARCHITECTURE.md, "What is analysed"): quoted
 * history, forwarded blocks and the signature. Ranges are UTF-16 offsets into the original text, so
 * everything outside them keeps its offsets.
 */

export interface Range {
  start: number;
  end: number;
}

/** A line after which the rest of the message is history or a forwarded copy. */
const HISTORY_HEADERS: RegExp[] = [
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^\s*-{2,}\s*(Original Message|Forwarded message|Forwarded by)\b.*$/i,
  /^\s*Begin forwarded message:\s*$/i,
  /^\s*(From|发件人)\s*[:：].+$/,
  /^\s*在.{1,200}写道\s*[:：]\s*$/,
  /^\s*-{2,}\s*(原始邮件|转发的邮件|邮件原件)\s*-{2,}\s*$/,
];

/** "-- " alone on a line starts a signature (RFC 3676); "--" is accepted since editors trim spaces. */
const SIGNATURE = /^--\s?$/;
const QUOTED = /^\s*>/;
/** The first character of every line the patterns above can match. */
const MAY_OPEN = /^\s*[-–>OoFfBb发在]/;

/**
 * The excluded ranges of `text`, sorted and non-overlapping. The "From:" header counts only when it
 * is followed within a few lines by another header, so a sentence starting "From:" survives.
 */
export function excludedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const lines: Range[] = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push({ start, end });
    start = end;
  }
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i]!;
    const line = text.slice(start, end).replace(/\r?\n$/, '');
    // Most lines cannot open history; one character check spares them every pattern.
    if (!MAY_OPEN.test(line)) continue;
    if (SIGNATURE.test(line) || isHistoryHeader(line, text, lines, i)) {
      ranges.push({ start, end: text.length });
      break;
    }
    if (QUOTED.test(line)) ranges.push({ start, end });
  }
  return merge(ranges);
}

function isHistoryHeader(line: string, text: string, lines: Range[], i: number): boolean {
  if (line.length > 400) return false;
  const header = HISTORY_HEADERS.find((re) => re.test(line));
  if (!header) return false;
  if (!/^\s*(From|发件人)/.test(line)) return true;
  const next = lines
    .slice(i + 1, i + 4)
    .map((r) => text.slice(r.start, r.end))
    .join('\n');
  return /^\s*(Sent|Date|To|Subject|发送时间|收件人|主题)\s*[:：]/m.test(next);
}

function merge(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** The complement of `ranges` within [0, length). */
export function keptRanges(length: number, ranges: Range[]): Range[] {
  const out: Range[] = [];
  let pos = 0;
  for (const r of ranges) {
    if (r.start > pos) out.push({ start: pos, end: r.start });
    pos = Math.max(pos, r.end);
  }
  if (pos < length) out.push({ start: pos, end: length });
  return out;
}
