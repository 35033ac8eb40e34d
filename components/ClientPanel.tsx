import { CommitmentItem } from './CommitmentItem';
import { DoneList } from './DoneList';
import { GoalCard } from './GoalCard';
import { useI18n } from './I18nProvider';
import { KeptRate } from './KeptRate';
import { ReportPanel } from './ReportPanel';
import { useClientView } from './hooks/live-reads';

/** One client in the side panel: rate, goals, open commitments, recently done, progress report. */
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
        <KeptRate rate={view.keptRate} />
      </header>
      <section className="kept-card" aria-labelledby={`open-${clientId}`}>
        <h3 id={`open-${clientId}`}>{t('panel.open')}</h3>
        {view.open.length === 0 ? (
          <p className="kept-muted">{t('panel.noneOpen')}</p>
        ) : (
          <ul className="kept-list" aria-label={t('panel.open')}>
            {view.open.map((c) => (
              <CommitmentItem key={c.id} commitment={c} now={now} />
            ))}
          </ul>
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
      <ReportPanel key={clientId} view={view} now={now} tabId={tabId} />
    </article>
  );
}
