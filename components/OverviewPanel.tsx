import { useId, useState } from 'react';
import { useI18n } from './I18nProvider';
import { NoClientsHint } from './NoClientsHint';
import { useFormatDue } from './use-format-due';
import { useClientSearch, useOverdue } from './hooks/live-reads';

/** No thread open: search all clients, and see what is overdue across them. */
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
  const day = useFormatDue(now);
  if (!clients || !overdue) return null;
  return (
    <div data-ready="true">
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
          {clients.map((c) => (
            <li key={c.id}>
              <button type="button" className="kept-link" onClick={() => onPick(c.id)}>
                {c.name}
              </button>
              {c.domains.length > 0 && <span className="kept-muted"> {c.domains[0]}</span>}
            </li>
          ))}
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
                <div className="kept-item-text">{c.text}</div>
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
