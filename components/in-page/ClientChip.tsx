import { htmlLangOf, type T } from '@/lib/i18n/core';

/** What the thread chip shows: the client's name and counts, nothing else (docs/ARCHITECTURE.md, "The content-script boundary"). */
export interface ClientChipProps {
  t: T;
  name: string;
  open: number;
  overdue: number;
  onOpen: () => void;
  /** Whether a click is the user's own; the host page's synthetic clicks open nothing (tests inject it). */
  isTrusted?: (event: Event) => boolean;
}

/** The chip beside a thread's subject: "Acme · 3 open · 1 overdue"; opens the side panel on the client. */
export function ClientChip({
  t,
  name,
  open,
  overdue,
  onOpen,
  isTrusted = (event) => event.isTrusted,
}: ClientChipProps) {
  return (
    <div className="kept-chip" lang={htmlLangOf(t)} data-warnings={overdue > 0}>
      {/* A check mark only when nothing is overdue; a warning mark beside overdue promises. */}
      <span className="kept-chip-mark" aria-hidden="true">
        {overdue > 0 ? '⚠' : '✓'}
      </span>
      <button
        type="button"
        onClick={(event) => {
          if (isTrusted(event.nativeEvent)) onOpen();
        }}
        aria-label={t('inpage.chip.clientLabel', { name, open, overdue })}
      >
        {t('inpage.chip.clientCounts', { name, open, overdue })}
      </button>
    </div>
  );
}
