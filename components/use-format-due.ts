import { useCallback } from 'react';
import { formatDue } from '../lib/analysis/dates';
import { useI18n } from './I18nProvider';
import { timeZone } from './use-now';

/** Formats an ISO instant as a day in the user's zone and language ("Fri 4 Dec" / "12月4日 周五"). */
export function useFormatDue(now: number): (iso: string) => string {
  const { lang } = useI18n();
  return useCallback(
    (iso: string) => formatDue(iso, { now: new Date(now), timeZone: timeZone() }, lang),
    [now, lang],
  );
}
