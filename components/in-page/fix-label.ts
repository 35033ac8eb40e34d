/** Longest label a fix button shows; longer replacements are cut at a word and end in "…". */
export const FIX_LABEL_MAX = 36;

/**
 * What a fix's button says: the text it puts in, not a description of it (a fix labelled "Mon 30 Nov"
 * that inserts "by tomorrow" reads as something else). A fix that keeps every flagged word and adds
 * some ("I'll call you" → "I'll call you by tomorrow", 我们会跟进处理 → 我们会明天（11月30日）前跟进处理)
 * shows only what it adds, with "…" for the words kept; long labels are shortened at a word. '' means
 * the fix removes the words (the card then says "Remove …").
 */
export function fixLabel(flagged: string, replacement: string, max = FIX_LABEL_MAX): string {
  let text = replacement.trim();
  if (!text) return '';
  let p = 0;
  while (p < flagged.length && p < replacement.length && flagged[p] === replacement[p]) p++;
  let s = 0;
  const room = Math.min(flagged.length, replacement.length) - p;
  while (s < room && flagged[flagged.length - 1 - s] === replacement[replacement.length - 1 - s])
    s++;
  const added = replacement.slice(p, replacement.length - s);
  if (p + s === flagged.length && flagged.length > 0 && added.trim()) {
    const before = p > 0 ? (/^\s/.test(added) ? '… ' : '…') : '';
    const after = s > 0 ? (/\s$/.test(added) ? ' …' : '…') : '';
    text = `${before}${added.trim()}${after}`;
  }
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
