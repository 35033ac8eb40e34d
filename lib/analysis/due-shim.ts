/**
 * Temporary stand-in for `./dates` (being written in parallel), with the same API, so the engine runs
 * end to end until that module lands. Deliberately small: chrono for explicit dates, a few vague words.
 */
import * as chrono from 'chrono-node';

export interface DueMatch {
  start: number;
  end: number;
  text: string;
  kind: 'explicit' | 'vague';
  due: string | null;
  deadline: boolean;
  lang: 'en' | 'zh';
}

export interface DueContext {
  now: Date;
  timeZone?: string;
}

const VAGUE =
  /\b(soon|shortly|asap|as soon as possible|right away|immediately|later|in the near future|in due course|at some point)\b|尽快|稍后|近期|马上|立即|立刻|第一时间|随后|后续|及时/gi;
const CUE =
  /\b(today|tonight|tomorrow|mon|tue|wed|thu|fri|sat|sun|week|month|eod|cob|end of|by|before|within|soon|shortly|asap|later|morning|afternoon|\d)\b|[今明后本下上]|月|日|号|周|星期|尽快|稍后|近期|马上|立即|立刻|第一时间|随后|后续|及时|之前|以内|内/i;

/** Cheap pre-check: could the text contain a date or a vague time? */
export const hasDateCue = (text: string): boolean => CUE.test(text);

/** Date expressions in `text`, explicit (resolved) or vague. */
export function findDueDates(text: string, ctx: DueContext): DueMatch[] {
  const out: DueMatch[] = [];
  const zh = /[\u4e00-\u9fff]/.test(text);
  const parser = zh ? chrono.zh.hans : chrono.en;
  for (const r of parser.parse(text, ctx.now, { forwardDate: true })) {
    const prefix = text.slice(Math.max(0, r.index - 7), r.index);
    const deadline = /\b(by|before|until)\s+$/i.test(prefix);
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      kind: 'explicit',
      due: r.start.date().toISOString(),
      deadline,
      lang: zh ? 'zh' : 'en',
    });
  }
  for (const m of text.matchAll(VAGUE)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      kind: 'vague',
      due: null,
      deadline: false,
      lang: zh ? 'zh' : 'en',
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Concrete dates to offer in fixes. */
export function suggestDueDates(
  ctx: DueContext,
  lang: 'en' | 'zh',
): { label: string; phrase: string; due: string }[] {
  const tomorrow = new Date(ctx.now.getTime() + 86400000);
  return [
    {
      label: lang === 'zh' ? '明天' : 'tomorrow',
      phrase: lang === 'zh' ? '明天' : 'by tomorrow',
      due: tomorrow.toISOString(),
    },
  ];
}

/** A due date written for people. */
export const formatDue = (iso: string, _ctx: DueContext, lang: 'en' | 'zh'): string =>
  lang === 'zh' ? iso.slice(0, 10) : new Date(iso).toDateString();
