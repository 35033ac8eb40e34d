import { keptRateTrend } from '../lib/model/agenda';
import { ClientTimeline } from './ClientTimeline';
import { DoneList } from './DoneList';
import { GoalCard } from './GoalCard';
import { useI18n } from './I18nProvider';
import { KeptRate } from './KeptRate';
import { OpenCommitments } from './OpenCommitments';
import { ReportPanel } from './ReportPanel';
import { useClientView } from './hooks/live-reads';
import { timeZone } from './use-now';
import { weekOf } from './week';

/**
 * One client in the side panel: rate and its trend, open commitments grouped by when they are due,
 * goals, recently done, the client's timeline, progress report.
 */
export function ClientPanel({
  clientId,
  now,
  tabId,
}: {
  clientId: string;
  now: number;
  tabId?: number;
}) {
  const { t } = useI18n();
  const view = useClientView(clientId, now);
  if (view === undefined) return null;
  if (view === null) return <p className="kept-muted">{t('panel.clientGone')}</p>;
  const overdue = view.open.filter((c) => c.dueAt < now).length;
  return (
    <article className="kept-client" aria-label={view.client.name} data-ready="true">
      <header className="kept-client-head">
        <h2>{view.client.name}</h2>
        <p className="kept-muted">
          {t('panel.summary', { open: view.open.length, overdue })}
          {view.client.domains.length > 0 && ` · ${view.client.domains.join(', ')}`}
        </p>
        <KeptRate rate={view.keptRate} trend={keptRateTrend(view.all, now)} />
      </header>
      <section className="kept-card" aria-labelledby={`open-${clientId}`}>
        <h3 id={`open-${clientId}`} tabIndex={-1}>
          {t('panel.open')}
        </h3>
        {view.open.length === 0 ? (
          <p className="kept-muted">{t('panel.noneOpen')}</p>
        ) : (
          <OpenCommitments
            open={view.open}
            now={now}
            weekEnd={weekOf(now, timeZone()).end}
            headingId={`open-${clientId}`}
          />
        )}
      </section>
      <section className="kept-card" aria-labelledby={`goals-${clientId}`}>
        <h3 id={`goals-${clientId}`}>{t('panel.goals')}</h3>
        {view.goals.length === 0 ? (
          <p className="kept-muted">{t('panel.noGoals')}</p>
        ) : (
          <ul className="kept-list">
            {view.goals.map((g) => (
              <GoalCard key={g.id} goal={g} now={now} />
            ))}
          </ul>
        )}
      </section>
      <section className="kept-card" aria-labelledby={`done-${clientId}`}>
        <h3 id={`done-${clientId}`}>{t('panel.recentlyDone')}</h3>
        <DoneList done={view.doneRecently} now={now} />
      </section>
      <section className="kept-card" aria-labelledby={`timeline-${clientId}`}>
        <h3 id={`timeline-${clientId}`}>{t('agenda.timeline')}</h3>
        <ClientTimeline commitments={view.all} now={now} label={t('agenda.timeline')} />
      </section>
      <ReportPanel key={clientId} view={view} now={now} tabId={tabId} />
    </article>
  );
}
