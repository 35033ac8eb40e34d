import { useEffect, useState } from 'react';

/** The current time, refreshed every minute so "overdue" and "today" stay true while a page is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The user's IANA time zone, in which due dates are parsed and shown. */
export const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
