/** Internal shapes shared by the recognisers. Public types live in index.ts. */

/** A calendar day as seen in the context's time zone (month 1–12). */
export interface LocalDate {
  y: number;
  m: number;
  d: number;
}

/** A wall-clock time of day in the context's time zone. */
export interface WallTime {
  h: number;
  min: number;
}

/** `now` as seen in the context's time zone, computed once per call. */
export interface Clock {
  zone: string;
  nowMs: number;
  today: LocalDate;
  time: WallTime;
}

/**
 * A recognised phrase before resolution. Recognisers report a day and/or a time (or an exact instant)
 * and leave the "which hour does a date-only deadline mean" rule to resolve.ts, so that a date phrase
 * and a time phrase next to each other ("tomorrow EOD", "明天下班前") can be joined first.
 */
export interface Candidate {
  start: number;
  end: number;
  lang: 'en' | 'zh';
  kind: 'explicit' | 'vague';
  deadline: boolean;
  date?: LocalDate;
  time?: WallTime;
  /** An exact moment ("within 24 hours") that overrides date and time. */
  instant?: number;
  /** A time of day ("EOD", "5pm", "下班前") that a neighbouring date phrase may claim. */
  dayPart?: boolean;
  /** A vague time that outweighs a date right next to it: "Friday, or whenever I can" (approximate.ts). */
  hedge?: boolean;
  /** Own recognisers win over chrono when spans tie. */
  own: boolean;
}
