/** Where the last match of a global regex starts in `text`, with its text, or null. */
export function lastMatch(re: RegExp, text: string): { index: number; text: string } | null {
  let best: { index: number; text: string } | null = null;
  for (const m of text.matchAll(re)) best = { index: m.index, text: m[0] };
  return best;
}
