/**
 * Case-insensitive phrase search that reports offsets in the original string. Searching a lower-cased
 * copy breaks offsets after characters whose lower case has another length ("İ" becomes two code
 * units), so the match runs on the original text with a case-insensitive Unicode regex instead.
 */
import { Lru } from '../lru';

const compiled = new Lru<string, RegExp>(500);

function regexFor(phrase: string): RegExp {
  let re = compiled.get(phrase);
  if (!re) {
    re = new RegExp(phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
    compiled.set(phrase, re);
  }
  return re;
}

/**
 * Every occurrence of `phrase` in `text`, ignoring case, as [start, end) offsets into `text`.
 * With `overlapping`, a match may start inside the previous one.
 */
export function findPhrase(
  text: string,
  phrase: string,
  overlapping = false,
): { start: number; end: number }[] {
  if (!phrase) return [];
  const re = regexFor(phrase);
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    // Step past a code point, never into the middle of a surrogate pair.
    if (overlapping) re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return out;
}
