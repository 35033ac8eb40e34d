import { excludedRanges } from '../analysis/text/exclude';

/** A closing line ("Best,", "Kind regards", "此致", "祝好"): the sign-off starts there. */
const CLOSING =
  /^\s*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes|thanks)|best|thanks(?: again)?|thank you(?: again)?|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|all the best|talk soon|speak soon|此致(?:敬礼)?|敬礼|祝好|(?:顺)?祝商祺|顺颂(?:商|时)祺|祝工作顺利|祝一切顺利|谢谢|多谢|感谢)\s*[,，.。!！]?\s*$/iu;
/** After a closing, at most this many short lines (name, title, company) before the end. */
const MAX_NAME_LINES = 4;
const MAX_NAME_LENGTH = 60;

/**
 * Where the writer's own text ends: before quoted history, a "-- " signature (the same detection as the
 * analysis: docs/ARCHITECTURE.md, "What is analysed") and a sign-off ("Best,\nSam"), with the blank
 * space before them left out. A text that is all sign-off ends at 0.
 */
export function endOfOwnText(text: string): number {
  const excluded = excludedRanges(text).find((r) => r.end === text.length);
  let end = excluded ? excluded.start : text.length;
  const lines: { start: number; line: string }[] = [];
  for (let start = 0; start < end;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 || nl >= end ? end : nl;
    lines.push({ start, line: text.slice(start, stop) });
    start = stop + 1;
  }
  const filled = lines.filter((l) => l.line.trim() !== '');
  // The earliest closing among the last lines, followed only by short lines ("此致\n敬礼\n张三").
  for (let i = Math.max(0, filled.length - 1 - MAX_NAME_LINES); i < filled.length; i++) {
    if (!CLOSING.test(filled[i]!.line)) continue;
    if (filled.slice(i + 1).every((l) => l.line.trim().length <= MAX_NAME_LENGTH)) {
      end = filled[i]!.start;
      break;
    }
  }
  return text.slice(0, end).trimEnd().length;
}

/**
 * Where an inserted block (the progress report) goes: at the caret when it sits at the end of a line of
 * the writer's own text (the user made room for it there), otherwise at the end of the writer's own
 * text: above the sign-off and the signature, never after them.
 */
export function insertionOffset(text: string, caret: number | null): number {
  const end = endOfOwnText(text);
  if (caret === null || caret > end || caret === 0) return end;
  const rest = text.slice(caret);
  const lineEnd = rest.indexOf('\n');
  return (lineEnd < 0 ? rest : rest.slice(0, lineEnd)).trim() === '' ? caret : end;
}
