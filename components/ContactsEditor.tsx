import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { getDatabase } from '../lib/db/database';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';

/** A client's contacts: the addresses that always resolve to it, free-mail ones included. */
export function ContactsEditor({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const id = useId();
  const contacts = useLiveQuery(
    () => getDatabase().contacts.where('clientId').equals(clientId).toArray(),
    [clientId],
  );
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await sendMessage('addContact', { clientId, email, ...(name ? { name } : {}) });
    setError(result.ok ? undefined : result.error.message);
    if (result.ok) {
      setEmail('');
      setName('');
    }
  };
  const remove = async (contactId: string) => {
    const result = await sendMessage('removeContact', { contactId });
    setError(result.ok ? undefined : result.error.message);
  };

  return (
    <div className="kept-subsection">
      <h3>{t('options.contacts.heading')}</h3>
      <ul className="kept-list">
        {(contacts ?? []).map((c) => (
          <li key={c.id} className="kept-row">
            <span>
              {c.name && <strong>{c.name} </strong>}
              <span className="kept-muted">{c.email}</span>
            </span>
            <button
              type="button"
              onClick={() => remove(c.id)}
              aria-label={t('options.contacts.remove', { email: c.email })}
            >
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form className="kept-row" onSubmit={add} aria-label={t('options.contacts.add')}>
        <label htmlFor={`${id}-email`} className="kept-visually-hidden">
          {t('options.contacts.email')}
        </label>
        <input
          id={`${id}-email`}
          type="email"
          placeholder={t('options.contacts.email')}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <label htmlFor={`${id}-name`} className="kept-visually-hidden">
          {t('options.contacts.name')}
        </label>
        <input
          id={`${id}-name`}
          placeholder={t('options.contacts.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit">{t('options.contacts.add')}</button>
      </form>
      {error && <p className="kept-warn">{error}</p>}
    </div>
  );
}
