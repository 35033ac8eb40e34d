import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Client, Contact } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';
import { useClientsByName, useContacts } from './hooks/live-reads';

/**
 * One contact: its name and email, with Edit and Delete. Editing turns the name into a text field and
 * offers the client it belongs to (moving it there); Enter saves, Escape cancels.
 */
function ContactRow({
  contact,
  clients,
  onRemove,
  onError,
}: {
  contact: Contact;
  clients: Client[];
  onRemove: () => void;
  onError: (message: string | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const refocus = useRef(false);
  const [name, setName] = useState(contact.name);
  const [clientId, setClientId] = useState(contact.clientId);
  const email = contact.email;

  const start = () => {
    setName(contact.name);
    setClientId(contact.clientId);
    setEditing(true);
  };
  const stop = () => {
    refocus.current = true;
    setEditing(false);
  };
  // Back on the Edit button after saving or cancelling, so a keyboard user is where they started.
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    editButton.current?.focus();
  }, [editing]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await sendMessage('updateContact', {
      contactId: contact.id,
      name,
      ...(clientId !== contact.clientId ? { clientId } : {}),
    });
    onError(result.ok ? undefined : result.error.message);
    if (result.ok) stop();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onError(undefined);
    stop();
  };

  if (editing)
    return (
      <li className="kept-row">
        <form
          className="kept-row"
          onSubmit={save}
          onKeyDown={onKeyDown}
          aria-label={t('options.contacts.edit', { email })}
        >
          <label htmlFor={`${id}-name`} className="kept-visually-hidden">
            {t('options.contacts.nameOf', { email })}
          </label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={200}
            autoFocus
          />
          <span className="kept-muted">{email}</span>
          {clients.length > 1 && (
            <>
              <label htmlFor={`${id}-client`} className="kept-visually-hidden">
                {t('options.contacts.clientOf', { email })}
              </label>
              <select
                id={`${id}-client`}
                value={clientId}
                onChange={(e) => setClientId(e.target.value)}
              >
                {clients.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </>
          )}
          <button
            type="submit"
            className="kept-primary"
            aria-label={t('options.contacts.save', { email })}
          >
            {t('common.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              onError(undefined);
              stop();
            }}
            aria-label={t('options.contacts.cancel', { email })}
          >
            {t('common.cancel')}
          </button>
        </form>
      </li>
    );

  return (
    <li className="kept-row">
      <span>
        {contact.name && <strong>{contact.name} </strong>}
        <span className="kept-muted">{email}</span>
      </span>
      <button
        type="button"
        ref={editButton}
        onClick={start}
        aria-label={t('options.contacts.edit', { email })}
      >
        {t('common.edit')}
      </button>
      <button type="button" onClick={onRemove} aria-label={t('options.contacts.remove', { email })}>
        {t('common.remove')}
      </button>
    </li>
  );
}

/** A client's contacts: the addresses that always resolve to it, free-mail ones included. */
export function ContactsEditor({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const id = useId();
  const contacts = useContacts(clientId);
  const clients = useClientsByName();
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
          <ContactRow
            key={c.id}
            contact={c}
            clients={clients ?? []}
            onRemove={() => remove(c.id)}
            onError={setError}
          />
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
