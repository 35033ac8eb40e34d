/**
 * Splits the writer's text into sentences with UTF-16 offsets. English ends at . ! ? followed by
 * space; Chinese at 。！？；… and also at a "." between Han characters (common in pasted replies);
 * a line break always ends a sentence, since composers are not hard-wrapped.
 */
import { excludedRanges, keptRanges, type Range } from './exclude';

export interface Sentence extends Range {
  text: string;
}

/** Sentences longer than this are cut at a comma or space so one pathological line stays cheap. */
const MAX_SENTENCE = 600;

const ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|vs|etc|e\.g|i\.e|a\.m|p\.m|No|Inc|Ltd|Co|Corp|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/i;

/** The sentences of the writer's new text (quoted history, forwards and signature excluded). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const range of keptRanges(text.length, excludedRanges(text))) {
    splitRange(text, range, out);
  }
  return out;
}

/**
 * The sentences of a whole text, nothing excluded: what the date module reads, since a date phrase never
 * spans a sentence end and a field like the popup's holds no quoted history.
 */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  splitRange(text, { start: 0, end: text.length }, out);
  return out;
}

function splitRange(text: string, range: Range, out: Sentence[]): void {
  let start = range.start;
  for (let i = range.start; i < range.end; i++) {
    const c = text.charCodeAt(i);
    let cut = -1;
    if (c === 10) cut = i;
    else if (isZhEnd(c)) cut = i + 1;
    else if (c === 46 || c === 33 || c === 63) cut = latinEnd(text, i, range.end, start);
    if (cut < 0 && i - start >= MAX_SENTENCE) cut = softCut(text, start, i);
    if (cut >= 0) {
      while (cut < range.end && isClosing(text.charCodeAt(cut))) cut++;
      push(text, start, cut, out);
      start = cut;
      i = Math.max(i, cut - 1);
    }
  }
  push(text, start, range.end, out);
}

/** 。！？；… and full-width ! ? ; */
function isZhEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x2026;
}

function isClosing(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 0xff09;
}

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

function latinEnd(text: string, i: number, end: number, start: number): number {
  let j = i + 1;
  while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
  if (j >= end) return j;
  const next = text.charCodeAt(j);
  if (text[i] === '.' && isHan(text.charCodeAt(i - 1)) && isHan(next)) return j;
  if (isHan(next)) return j;
  if (next !== 32 && next !== 9 && next !== 10 && next !== 13 && !isClosing(next)) return -1;
  if (text[i] === '.') {
    const head = text.slice(Math.max(start, i - 6), i + 1);
    if (ABBREVIATIONS.test(head) || /(?:^|\s)[A-Z]\.$/.test(head)) return -1;
  }
  return j;
}

function softCut(text: string, start: number, i: number): number {
  const window = text.slice(start + MAX_SENTENCE / 2, i);
  const comma = Math.max(
    window.lastIndexOf(','),
    window.lastIndexOf('，'),
    window.lastIndexOf(' '),
  );
  return comma >= 0 ? start + MAX_SENTENCE / 2 + comma + 1 : i;
}

/** ASCII and common Unicode spaces, without a regex per character. */
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);

function push(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}
