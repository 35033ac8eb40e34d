/**
 * Kept's date module: finds date and time phrases in English and Chinese and resolves them against an
 * injected `now` in the writer's time zone. Pure: no DOM, no clock reads, no machine time zone.
 *
 * Per sentence (the analysis's own splitter, text/segment.ts): a cheap cue check (cues.ts), then our own recognisers (en.ts,
 * zh.ts, vague.ts) and, only where its cues appear, chrono-node (chrono-run.ts); merge.ts keeps the
 * longest phrases, joins a date with its time of day and takes in deadline words; resolve.ts applies
 * the rules (date-only deadlines at 17:00, month-days without a year, weekdays) and zone.ts writes ISO.
 */
import { chronoCandidates } from './chrono-run';
import { readCues } from './cues';
import { EN_RECOGNISERS } from './en';
import { framedHoliday } from './holiday-words';
import { mergeCandidates } from './merge';
import { sentencesOf } from '../text/segment';
import { resolveIso } from './resolve';
import { scan } from './scan';
import type { Candidate } from './types';
import { findVague } from './vague';
import { ZH_RECOGNISERS } from './zh';
import { makeClock } from './zone';

export { addBusinessDays, isBusinessDay } from './business-days';
export { hasDateCue } from './cues';
export { formatDue } from './format';
export { suggestDueDates } from './suggest';
export { BUSINESS_CLOSE, END_OF_DAY, PAST_WINDOW_DAYS } from './resolve';
export type { LocalDate, WallTime } from './types';

/** How definite a commitment's time is: a resolvable date, a vague time, or none at all. */
export type DueKind = 'explicit' | 'vague' | 'none';

/** `now` and the writer's IANA time zone ('Asia/Shanghai'); every date is resolved as seen there. */
export interface DateContext {
  now: Date;
  timeZone: string;
}

/** One date or time phrase in a text. */
export interface DueMatch {
  /** UTF-16 offsets of the whole phrase, deadline word included ("by Friday", "3月15日前"). */
  start: number;
  end: number;
  text: string;
  kind: 'explicit' | 'vague';
  /** ISO 8601 with the zone's offset for explicit phrases; null for vague ones. */
  due: string | null;
  /** A "no later than" phrase: by, before, no later than, until, within, 之前, 前, 以内, 内. */
  deadline: boolean;
  lang: 'en' | 'zh';
}

/** Candidates in one sentence-sized piece, before merging. */
function findInPiece(text: string, ctx: ReturnType<typeof makeClock>): Candidate[] {
  const cues = readCues(text);
  if (!cues) return [];
  const { en, zh } = cues;
  const own = [
    ...(en ? scan(text, ctx, 'en', EN_RECOGNISERS) : []),
    ...(zh ? scan(text, ctx, 'zh', ZH_RECOGNISERS) : []),
    ...findVague(text, en, zh),
  ];
  const parsed = chronoCandidates(text, ctx, cues.chronoEn, cues.chronoZh);
  return mergeCandidates([...own, ...parsed], text);
}

/**
 * All date and time phrases in a text, explicit and vague, sorted by start and non-overlapping.
 * Never throws: on any internal failure it returns what it found so far (usually nothing).
 */
export function findDueDates(text: string, ctx: DateContext): DueMatch[] {
  const out: DueMatch[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  try {
    const clock = makeClock(ctx.now, ctx.timeZone);
    for (const sentence of sentencesOf(text)) {
      for (const c of findInPiece(sentence.text, clock)) {
        const start = sentence.start + c.start;
        const end = sentence.start + c.end;
        const due = resolveIso(c, clock);
        if (c.kind === 'explicit' && due === null) continue;
        out.push({
          start,
          end,
          text: text.slice(start, end),
          kind: c.kind,
          due,
          deadline: c.deadline,
          lang: c.lang,
        });
      }
    }
  } catch {
    return out;
  }
  return out;
}

/**
 * Parses a short user-typed "when" ("next Friday", "end of Q2", "下周五", "月底前", "asap"): the first
 * explicit phrase if any, else the first vague one, else kind 'none'. A holiday's bare name
 * ("Christmas", 国庆) is its day here, though not in running text.
 */
export function parseDue(
  input: string,
  ctx: DateContext,
): { kind: DueKind; due: string | null; text: string | null } {
  const text = typeof input === 'string' ? input.trim() : '';
  const found = findDueDates(text, ctx);
  const best = found.find((m) => m.kind === 'explicit') ?? found[0];
  if (best) return { kind: best.kind, due: best.due, text: best.text };
  const framed = framedHoliday(text);
  const holiday = framed === null ? undefined : findDueDates(framed, ctx)[0];
  return holiday
    ? { kind: holiday.kind, due: holiday.due, text }
    : { kind: 'none', due: null, text: null };
}
