import { approximate } from './approximate';
import type { Candidate } from './types';

/**
 * Turns overlapping candidates from several recognisers into one clean, sorted list: the longest
 * phrase wins (our own on a tie), a date next to a time of day becomes one phrase ("tomorrow EOD",
 * "明天下班前"), and deadline words around a phrase join it and mark it as a deadline. The 在 of
 * "在…之前" stays out: it is a preposition, and "两个工作日内" has no 在 to take.
 */

const EN_DEADLINE_BEFORE =
  /(?:\b(?:by\s+no\s+later\s+than|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|prior\s+to|ahead\s+of|by|before|until|till|til|within)\s+)$/i;
/** 前 but not 前往 / 前来 ("go to", "come to") or 前后 ("around", approximate.ts). */
const ZH_DEADLINE_AFTER = /^(?:之前|以前|之内|以内|为止|前(?![往来去后])|内)/;
/** "tomorrow at the latest", "最迟明天", "截止到月底": deadline words on the other side. */
const EN_DEADLINE_AFTER = /^,?\s+at\s+the\s+latest\b/i;
const ZH_DEADLINE_BEFORE = /(?:最迟|最晚|不晚于|截止到?|截至)\s*(?:在|于)?$/;
const EN_JOINER = /^[\s,]*(?:(?:at|by|before|around|on|,)\s*)?$/i;
const ZH_JOINER = /^(?:的)?$/;

/** Keeps the longest of overlapping candidates, then sorts by position. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const byLength = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || Number(b.own) - Number(a.own) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of byLength) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** "tomorrow" + "EOD", "Friday" + "at 3pm", "明天" + "下班": a date and a time of day side by side. */
function joinDayParts(list: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === 'explicit' &&
      c.kind === 'explicit' &&
      Boolean(prev.dayPart) !== Boolean(c.dayPart)
    ) {
      const gap = text.slice(prev.end, c.start);
      const joiner = prev.lang === 'zh' && c.lang === 'zh' ? ZH_JOINER : EN_JOINER;
      if (joiner.test(gap) && prev.instant === undefined && c.instant === undefined) {
        const [day, part] = prev.dayPart ? [c, prev] : [prev, c];
        out[out.length - 1] = {
          ...day,
          start: prev.start,
          end: c.end,
          time: part.time ?? day.time,
          dayPart: false,
          deadline: prev.deadline || c.deadline,
        };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

const OPEN_PAREN = /^\s*[(（]\s*$/;
const CLOSE_PAREN = /^\s*[)）]/;

/**
 * "下周五（12月4日）", "next Friday (Dec 11)": the writer spelled the date out, so the bracketed date wins
 * over the words before it, and the pair is one phrase (a fix that replaces it replaces both).
 */
function joinBracketed(list: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    const close = CLOSE_PAREN.exec(text.slice(c.end, c.end + 3));
    if (
      prev?.kind === 'explicit' &&
      c.kind === 'explicit' &&
      c.date &&
      close &&
      OPEN_PAREN.test(text.slice(prev.end, c.start))
    ) {
      out[out.length - 1] = {
        ...c,
        start: prev.start,
        end: c.end + close[0].length,
        time: c.time ?? prev.time,
        deadline: prev.deadline || c.deadline,
      };
      continue;
    }
    out.push(c);
  }
  return out;
}

/** Extends explicit phrases over the deadline words around them ("by Friday", "周五前"). */
function attachDeadlines(list: Candidate[], text: string): Candidate[] {
  return list.map((c, i) => {
    if (c.kind !== 'explicit') return c;
    let { start, end, deadline } = c;
    const floor = i > 0 ? list[i - 1]!.end : 0;
    const ceiling = i + 1 < list.length ? list[i + 1]!.start : text.length;
    const before = EN_DEADLINE_BEFORE.exec(text.slice(Math.max(floor, start - 24), start));
    if (before) {
      start -= before[0].length;
      deadline = true;
    }
    const zhBefore = ZH_DEADLINE_BEFORE.exec(text.slice(Math.max(floor, start - 6), start));
    if (zhBefore) {
      start -= zhBefore[0].length;
      deadline = true;
    }
    const tail = text.slice(end, Math.min(ceiling, end + 20));
    const after = ZH_DEADLINE_AFTER.exec(tail) ?? EN_DEADLINE_AFTER.exec(tail);
    if (after) {
      end += after[0].length;
      deadline = true;
    }
    // chrono keeps 内 inside "24小时内"; a 前 it kept is "ago" ("三天前"), not a deadline.
    if (c.lang === 'zh' && /内$/.test(text.slice(start, end))) deadline = true;
    return { ...c, start, end, deadline };
  });
}

/** Candidates from every recogniser → the final non-overlapping, sorted list. */
export function mergeCandidates(candidates: Candidate[], text: string): Candidate[] {
  const joined = joinDayParts(joinBracketed(dropOverlaps(candidates), text), text);
  return approximate(attachDeadlines(joined, text), text);
}
