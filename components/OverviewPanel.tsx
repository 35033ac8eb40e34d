import { useId, useState } from 'react';
import { commitmentTitle } from '../lib/model/agenda';
import { RateFigure, Sparkline } from './Health';
import { useI18n } from './I18nProvider';
import { NoClientsHint } from './NoClientsHint';
import { WeekView } from './WeekView';
import { useFormatDue } from './use-format-due';
import { useClientSearch, useClientsHealth, useOverdue } from './hooks/live-reads';

/**
 * No thread open: the week at a glance, all clients (searchable) each with its health (open, overdue,
 * kept on time and its trend), and what is overdue across them.
 */
export function OverviewPanel({
  now,
  onPick,
}: {
  now: number;
  onPick: (clientId: string) => void;
}) {
  const { t } = useI18n();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const clients = useClientSearch(search, 30);
  const overdue = useOverdue(now);
  const health = useClientsHealth(clients?.map((c) => c.id) ?? [], now);
  const day = useFormatDue(now);
  if (!clients || !overdue) return null;
  return (
    <div data-ready="true">
      <WeekView now={now} onPick={onPick} />
      <section className="kept-card" aria-labelledby={`${searchId}-h`}>
        <h2 id={`${searchId}-h`}>{t('panel.clients')}</h2>
        <label htmlFor={searchId}>{t('panel.search')}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <ul className="kept-list kept-client-list" aria-label={t('panel.clients')}>
          {clients.map((c) => {
            const h = health?.[c.id];
            return (
              <li key={c.id}>
                <span className="kept-client-name">
                  <button type="button" className="kept-link" onClick={() => onPick(c.id)}>
                    {c.name}
                  </button>
                  {c.domains.length > 0 && <span className="kept-muted"> {c.domains[0]}</span>}
                </span>
                {h && (
                  <span
                    className="kept-health"
                    role="group"
                    aria-label={t('agenda.healthOf', { name: c.name })}
                  >
                    <span className={h.overdue > 0 ? 'kept-late' : 'kept-muted'}>
                      {t('panel.summary', { open: h.open, overdue: h.overdue })}
                    </span>
                    <RateFigure rate={h.keptRate.rate} />
                    {h.trend.some((r) => r !== undefined) && <Sparkline trend={h.trend} />}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {clients.length === 0 &&
          (search ? <p className="kept-muted">{t('panel.noClients')}</p> : <NoClientsHint />)}
      </section>
      <section className="kept-card" aria-labelledby={`${searchId}-o`}>
        <h2 id={`${searchId}-o`}>{t('panel.overdueAll', { count: overdue.length })}</h2>
        {overdue.length === 0 ? (
          <p className="kept-muted">{t('panel.nothingOverdue')}</p>
        ) : (
          <ul className="kept-list" aria-label={t('panel.overdueList')}>
            {overdue.map(({ commitment: c, clientName }) => (
              <li key={c.id} className="kept-item kept-item-late">
                <div className="kept-task-title">{commitmentTitle(c)}</div>
                <q className="kept-quote">{c.text}</q>
                <div className="kept-item-meta">
                  <span className="kept-late">{t('panel.wasDue', { date: day(c.due!) })}</span>
                  <button type="button" className="kept-link" onClick={() => onPick(c.clientId)}>
                    {clientName}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
