/** The longest piece handed to the parsers at once, so a 1 MB paste costs linear time. */
const MAX_PIECE = 600;
const BOUNDARY = /[.!?。！？；;\n]+\s*|\s{2,}/g;

/**
 * Splits text into sentence-sized pieces with their offsets. A date phrase never spans a sentence end,
 * so this loses nothing; over-long runs without punctuation are cut at a space.
 */
export function pieces(text: string): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  const push = (from: number, to: number): void => {
    for (let at = from; at < to;) {
      let cut = Math.min(to, at + MAX_PIECE);
      if (cut < to) {
        const space = text.lastIndexOf(' ', cut);
        if (space > at + MAX_PIECE / 2) cut = space;
      }
      out.push({ offset: at, text: text.slice(at, cut) });
      at = cut;
    }
  };
  let last = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    // "3.15", "Dec. 4" and "5 p.m. today" are not sentence ends: after a period, only a capital,
    // another script or the end of the text starts a new sentence.
    const next = text[m.index + m[0].length];
    if (m[0].startsWith('.') && next !== undefined && /[0-9a-z]/.test(next)) continue;
    const end = m.index + m[0].length;
    push(last, end);
    last = end;
  }
  push(last, text.length);
  return out;
}
