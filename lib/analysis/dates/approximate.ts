import type { Candidate } from './types';

/**
 * Approximation makes a date vague: "around Friday", "Friday-ish", "next week or so", "roughly
 * mid-month", "sometime after the 12th" (open-ended, while "sometime before Friday" is still a
 * deadline), 周五左右, 月底前后, 下周左右 promise no day the client can hold anyone to. Only day-level
 * phrases: "around 3pm" and 下午两点左右 still name an hour. And a hedge beside a date outweighs it:
 * "Friday, or whenever I can" and "Friday if time permits" become one vague phrase, so a fix that
 * names a date replaces both (vague.ts marks the hedges).
 */

const EN_BEFORE =
  /\b(?:around|roughly|approximately|circa|some\s*time\s+(?:around|after)|somewhere\s+around)\s+(?:the\s+)?$/i;
const EN_AFTER = /^(?:-?ish\b|\s+or\s+so\b|,?\s+give\s+or\s+take\b)/i;
const ZH_AFTER = /^(?:左右|前后|上下)/;
/** A written hour: "3pm", "15:00", 两点, "noon". */
const CLOCK = /\d\s*(?:[:：]|am\b|pm\b|a\.m|p\.m|o['’]clock)|[点时]|\bnoon\b|\bmidnight\b/i;
/** Between a date and its hedge: punctuation and "or", nothing that starts another clause. */
const HEDGE_GAP = /^[\s,，、]*(?:(?:or(?:\s+else)?|otherwise|或者?|或是|要不|,)[\s,，、]*)?$/i;

const vague = (c: Candidate, start: number, end: number): Candidate => ({
  start,
  end,
  lang: c.lang,
  kind: 'vague',
  deadline: false,
  own: c.own,
});

/** Turns approximate and hedged explicit phrases vague; the rest pass through unchanged. */
export function approximate(list: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    const next = list[i + 1];
    if (c.kind !== 'explicit' || !c.date || c.instant !== undefined) {
      out.push(c);
      continue;
    }
    const floor = out.length ? out[out.length - 1]!.end : 0;
    const ceiling = next ? next.start : text.length;
    if (next?.hedge && HEDGE_GAP.test(text.slice(c.end, next.start))) {
      out.push(vague(c, c.start, next.end));
      i++;
      continue;
    }
    const clockTime = c.time !== undefined && CLOCK.test(text.slice(c.start, c.end));
    const tail = text.slice(c.end, Math.min(ceiling, c.end + 24));
    const after = (c.lang === 'zh' ? ZH_AFTER : EN_AFTER).exec(tail);
    const before = EN_BEFORE.exec(text.slice(Math.max(floor, c.start - 30), c.start));
    if (!clockTime && (after || before)) {
      out.push(vague(c, c.start - (before?.[0].length ?? 0), c.end + (after?.[0].length ?? 0)));
      continue;
    }
    out.push(c);
  }
  return out;
}
