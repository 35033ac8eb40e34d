import { useId, useState, type FormEvent } from 'react';
import {
  clientNameFromDomain,
  domainOf,
  domainsFromInput,
  isFreeMailDomain,
} from '../lib/model/addresses';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';

/** Offers to create a client for addresses Kept does not know, prefilled from their domain and names. */
export function CreateClientCard({
  addresses,
  names,
  onCreated,
}: {
  addresses: readonly string[];
  names: Record<string, string>;
  onCreated: (clientId: string) => void;
}) {
  const { t } = useI18n();
  const ids = { name: useId(), domains: useId() };
  const companyDomains = [
    ...new Set(addresses.map(domainOf).filter((d): d is string => !!d && !isFreeMailDomain(d))),
  ];
  const [name, setName] = useState(
    companyDomains[0] ? clientNameFromDomain(companyDomains[0]) : (names[addresses[0] ?? ''] ?? ''),
  );
  const [domains, setDomains] = useState(companyDomains.join(', '));
  const [error, setError] = useState<string>();

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const result = await sendMessage('createClient', {
      name,
      domains: domainsFromInput(domains),
      contacts: addresses.map((email) => ({
        email,
        ...(names[email] ? { name: names[email] } : {}),
      })),
    });
    if (result.ok) onCreated(result.data.client.id);
    else setError(result.error.message);
  };

  return (
    <form className="kept-card" onSubmit={create} aria-label={t('panel.createClient')}>
      <h2>{t('panel.unknown')}</h2>
      <ul className="kept-muted kept-plain">
        {addresses.map((a) => (
          <li key={a}>{names[a] ? `${names[a]} <${a}>` : a}</li>
        ))}
      </ul>
      <div className="kept-field">
        <label htmlFor={ids.name}>{t('panel.clientName')}</label>
        <input id={ids.name} value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="kept-field">
        <label htmlFor={ids.domains}>{t('panel.domains')}</label>
        <input id={ids.domains} value={domains} onChange={(e) => setDomains(e.target.value)} />
      </div>
      <button type="submit" className="kept-primary">
        {t('panel.createClient')}
      </button>
      {error && <p className="kept-warn">{error}</p>}
    </form>
  );
}
