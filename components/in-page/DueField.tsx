import { useId, useState } from 'react';
import { parseDue } from '@/lib/analysis/dates';
import { formatDay } from '@/lib/analysis/dates/format';
import { localParts } from '@/lib/analysis/dates/zone';
import { langOf, type T } from '@/lib/i18n/core';

const zone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `YYYY-MM-DD` as the UI language writes a day ("Fri 4 Dec" / "12月4日 周五"); '' stays ''. */
export function showDay(value: string, t: T, now = Date.now()): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return value;
  const thisYear = localParts(now, zone()).y;
  return formatDay({ y: +m[1]!, m: +m[2]!, d: +m[3]! }, langOf(t) ?? 'en', thisYear);
}

/** What the user typed, read as a day: `YYYY-MM-DD`, '' for nothing, or null when no date is in it. */
export function readDay(text: string, now = Date.now()): string | null {
  if (!text.trim()) return '';
  const ctx = { now: new Date(now), timeZone: zone() };
  const parsed = parseDue(text, ctx);
  if (parsed.kind !== 'explicit' || !parsed.due) return null;
  const p = localParts(Date.parse(parsed.due), ctx.timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/**
 * A due date in the review, written and read in the UI language: it shows "12月4日 周五" (or
 * "Fri 4 Dec") and takes what the user types ("下周五", "Dec 9", 2026-12-09), where a native date input
 * would show the browser locale's mm/dd/yyyy beside Chinese text. `value` stays `YYYY-MM-DD` (or '').
 */
export function DueField(props: {
  t: T;
  value: string;
  label: string;
  disabled?: boolean;
  /** Whether an edit is the user's own (the review takes none of the page's synthetic events). */
  isTrusted?: (event: Event) => boolean;
  onChange(value: string): void;
}) {
  const { t } = props;
  const [text, setText] = useState(() => showDay(props.value, t));
  const read = readDay(text);
  const noteId = useId();
  return (
    <>
      <input
        type="text"
        data-kept-due=""
        aria-label={props.label}
        aria-invalid={read === null || undefined}
        aria-describedby={read === null ? noteId : undefined}
        value={text}
        disabled={props.disabled}
        onChange={(event) => {
          if (props.isTrusted && !props.isTrusted(event.nativeEvent)) return;
          const next = event.target.value;
          setText(next);
          const day = readDay(next);
          if (day !== null) props.onChange(day);
        }}
        onBlur={() => {
          if (read) setText(showDay(read, t));
        }}
      />
      {read === null && (
        <span id={noteId} className="kept-note">
          {t('due.unreadable')}
        </span>
      )}
    </>
  );
}
