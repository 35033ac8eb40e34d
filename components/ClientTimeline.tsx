import { clientTimeline, type TimelineKind } from '../lib/model/agenda';
import type { Commitment } from '../lib/model/entities';
import type { MessageKey } from '../lib/i18n';
import { useI18n } from './I18nProvider';
import { useFormatDue } from './use-format-due';

const KIND_KEYS: Record<TimelineKind, MessageKey> = {
  made: 'agenda.made',
  moved: 'agenda.moved',
  kept: 'agenda.kept',
  keptLate: 'agenda.keptLate',
  dropped: 'agenda.dropped',
  reopened: 'agenda.reopened',
};

/** A client's history as a timeline, newest first: promises made, moved, kept and dropped. */
export function ClientTimeline({
  commitments,
  now,
  label,
}: {
  commitments: readonly Commitment[];
  now: number;
  label: string;
}) {
  const { t } = useI18n();
  const day = useFormatDue(now);
  const events = clientTimeline(commitments, 30);
  if (events.length === 0) return <p className="kept-muted">{t('agenda.timelineEmpty')}</p>;
  const asDate = (value: string | undefined) =>
    !value || Number.isNaN(Date.parse(value)) ? t('due.none') : day(value);
  return (
    <ol className="kept-timeline" aria-label={label}>
      {events.map((e, i) => (
        <li key={`${e.commitmentId}-${i}`} className={`kept-event kept-event-${e.kind}`}>
          <time dateTime={e.at}>{day(e.at)}</time>
          <span className="kept-event-kind">
            {t(KIND_KEYS[e.kind], { from: asDate(e.entry.from), to: asDate(e.entry.to) })}
          </span>
          <span className="kept-event-title">{e.title}</span>
          {e.entry.reason && <span className="kept-muted">{e.entry.reason}</span>}
        </li>
      ))}
    </ol>
  );
}
