import { useId, useState, type FormEvent } from 'react';
import { sendMessage } from '../lib/messaging/client';
import { ClientEditor } from './ClientEditor';
import { useI18n } from './I18nProvider';
import { useClientSearch } from './hooks/live-reads';

/** Clients: search, pick one to edit (contacts, domains, merge, delete), or add a new one. */
export function ClientsSettings({
  selected,
  onSelect,
}: {
  selected: string | undefined;
  onSelect: (clientId: string | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [search, setSearch] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<string>();
  const clients = useClientSearch(search, 50) ?? [];
  // The last merge's or delete's line goes once another client is opened.
  if (selected && result) setResult(undefined);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await sendMessage('createClient', { name });
    if (!result.ok) return setError(result.error.message);
    setName('');
    setError(undefined);
    onSelect(result.data.client.id);
  };

  return (
    <section className="kept-card" id="clients" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.clients.heading')}</h2>
      <div className="kept-columns">
        <div>
          <label htmlFor={`${id}-search`}>{t('panel.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <ul className="kept-list kept-client-list" aria-label={t('options.clients.list')}>
            {clients.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className="kept-link"
                  aria-current={c.id === selected ? 'true' : undefined}
                  onClick={() => onSelect(c.id)}
                >
                  {c.name}
                </button>
                {c.sample && <span className="kept-tag">{t('options.clients.sample')}</span>}
              </li>
            ))}
          </ul>
          <form className="kept-row" onSubmit={add} aria-label={t('options.clients.add')}>
            <label htmlFor={`${id}-new`} className="kept-visually-hidden">
              {t('options.clients.newName')}
            </label>
            <input
              id={`${id}-new`}
              placeholder={t('options.clients.newName')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              required
            />
            <button type="submit">{t('options.clients.add')}</button>
          </form>
          {error && <p className="kept-warn">{error}</p>}
        </div>
        <div>
          {selected ? (
            <ClientEditor
              key={selected}
              clientId={selected}
              onGone={(line) => {
                setResult(line);
                onSelect(undefined);
              }}
            />
          ) : (
            <>
              {result && (
                <p role="status" className="kept-ok">
                  {result}
                </p>
              )}
              <p className="kept-muted">{t('options.clients.pick')}</p>
            </>
          )}
        </div>
      </div>
    </section>
  );
}
