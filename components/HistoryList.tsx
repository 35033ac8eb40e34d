import type { HistoryEntry } from '../lib/model/entities';
import type { MessageKey } from '../lib/i18n';
import { useI18n } from './I18nProvider';
import { useFormatDue } from './use-format-due';

const CHANGE_KEYS: Record<HistoryEntry['change'], MessageKey> = {
  created: 'history.created',
  edited: 'history.edited',
  rescheduled: 'history.rescheduled',
  done: 'history.done',
  dropped: 'history.dropped',
  reopened: 'history.reopened',
  moved: 'history.moved',
  progress: 'history.progress',
  status: 'history.status',
};

/** A record's change log, oldest first, worded in the user's language. */
export function HistoryList({
  history,
  now,
  label,
}: {
  history: readonly HistoryEntry[];
  now: number;
  label: string;
}) {
  const { t } = useI18n();
  const day = useFormatDue(now);
  const asDate = (value: string | undefined) =>
    !value || value === 'none'
      ? t('due.none')
      : Number.isNaN(Date.parse(value))
        ? value
        : day(value);
  return (
    <ol className="kept-history" aria-label={label}>
      {history.map((h, i) => (
        <li key={i}>
          <time dateTime={h.at}>{day(h.at)}</time>{' '}
          {t(CHANGE_KEYS[h.change], {
            from: h.change === 'rescheduled' ? asDate(h.from) : (h.from ?? ''),
            to: h.change === 'rescheduled' ? asDate(h.to) : (h.to ?? ''),
          })}
          {h.reason && <span className="kept-muted"> — {h.reason}</span>}
        </li>
      ))}
    </ol>
  );
}
