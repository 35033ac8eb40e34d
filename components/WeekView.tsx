import { useId } from 'react';
import { WEEKDAYS_EN, WEEKDAYS_ZH } from '../lib/analysis/dates/format';
import { commitmentTitle } from '../lib/model/agenda';
import { useI18n } from './I18nProvider';
import { useWeekAgenda } from './hooks/live-reads';
import { useFormatDue } from './use-format-due';
import { timeZone } from './use-now';
import { weekOf } from './week';

/**
 * The week at a glance: a Monday–Sunday strip with the open commitments due each day (today marked,
 * days already past in the late colour when something is still open), and the list of what is due
 * from now to Sunday with each one's client.
 */
export function WeekView({
  now,
  onPick,
  zone = timeZone(),
}: {
  now: number;
  onPick: (clientId: string) => void;
  zone?: string;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const day = useFormatDue(now);
  const week = weekOf(now, zone);
  const agenda = useWeekAgenda(week.dayStarts, week.end, now);
  if (!agenda) return null;
  const names = lang === 'zh' ? WEEKDAYS_ZH : WEEKDAYS_EN;
  const todayIndex = week.dayStarts.findLastIndex((start) => start <= now);
  return (
    <section className="kept-card" aria-labelledby={`${id}-w`} data-week-ready="true">
      <h2 id={`${id}-w`}>{t('agenda.week')}</h2>
      <ol className="kept-week" aria-label={t('agenda.weekStrip')}>
        {week.dayStarts.map((start, i) => {
          const count = agenda.perDay[i]!;
          const date = day(week.days[i]!);
          const past = i < todayIndex;
          return (
            <li
              key={start}
              className={`kept-day ${i === todayIndex ? 'kept-day-today' : ''} ${past && count > 0 ? 'kept-day-late' : ''}`}
              aria-label={t('agenda.dayCount', { date, count })}
              aria-current={i === todayIndex ? 'date' : undefined}
            >
              <span className="kept-day-name" aria-hidden="true">
                {lang === 'zh' ? names[(i + 1) % 7] : names[(i + 1) % 7]!.slice(0, 3)}
              </span>
              <span className="kept-day-date" aria-hidden="true">
                {week.dates[i]}
              </span>
              <span
                className={`kept-day-count ${count === 0 ? 'kept-day-zero' : ''}`}
                aria-hidden="true"
              >
                {count}
              </span>
            </li>
          );
        })}
      </ol>
      <h3 id={`${id}-d`}>
        {t('agenda.dueThisWeek')} <span className="kept-count">{agenda.aheadCount}</span>
      </h3>
      {agenda.ahead.length === 0 ? (
        <p className="kept-muted">{t('agenda.nothingThisWeek')}</p>
      ) : (
        <ul className="kept-list" aria-labelledby={`${id}-d`}>
          {agenda.ahead.map(({ commitment: c, clientName }) => (
            <li key={c.id} className="kept-item">
              <div className="kept-task-title">{commitmentTitle(c)}</div>
              <div className="kept-item-meta">
                <span className="kept-chip">{t('panel.due', { date: day(c.due!) })}</span>
                <button type="button" className="kept-link" onClick={() => onPick(c.clientId)}>
                  {clientName}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {agenda.aheadCount > agenda.ahead.length && (
        <p className="kept-muted">
          {t('agenda.moreThisWeek', { count: agenda.aheadCount - agenda.ahead.length })}
        </p>
      )}
    </section>
  );
}
