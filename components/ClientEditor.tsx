import { useId, useState, type FormEvent } from 'react';
import { domainsFromInput } from '../lib/model/addresses';
import type { Client } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { ClientRemoval } from './ClientRemoval';
import { ContactsEditor } from './ContactsEditor';
import { useI18n } from './I18nProvider';
import { useClient } from './hooks/live-reads';

/** Name, domains and notes of one client, then its contacts, then merge and delete. */
function ClientForm({ client }: { client: Client }) {
  const { t } = useI18n();
  const id = useId();
  const [name, setName] = useState(client.name);
  const [domains, setDomains] = useState(client.domains.join(', '));
  const [notes, setNotes] = useState(client.notes);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await sendMessage('updateClient', {
      clientId: client.id,
      name,
      domains: domainsFromInput(domains),
      notes,
    });
    setStatus(
      result.ok
        ? { ok: true, text: t('options.clients.saved') }
        : { ok: false, text: result.error.message },
    );
  };
  return (
    <form onSubmit={save} aria-label={t('options.clients.edit', { name: client.name })}>
      <div className="kept-field">
        <label htmlFor={`${id}-name`}>{t('panel.clientName')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="kept-field">
        <label htmlFor={`${id}-domains`}>{t('panel.domains')}</label>
        <input
          id={`${id}-domains`}
          value={domains}
          aria-describedby={`${id}-domains-hint`}
          onChange={(e) => setDomains(e.target.value)}
          // A pasted URL becomes its host as the user leaves the field, so they see what is saved.
          onBlur={() => setDomains(domainsFromInput(domains).join(', '))}
        />
        <p id={`${id}-domains-hint`} className="kept-muted">
          {t('options.clients.domainsHint')}
        </p>
      </div>
      <div className="kept-field">
        <label htmlFor={`${id}-notes`}>{t('options.clients.notes')}</label>
        <textarea
          id={`${id}-notes`}
          rows={3}
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
        />
      </div>
      <button type="submit" className="kept-primary">
        {t('common.save')}
      </button>
      {status && <p className={status.ok ? 'kept-ok' : 'kept-warn'}>{status.text}</p>}
    </form>
  );
}

/** Edits one client; `onGone` with the result line when it was merged away or deleted. */
export function ClientEditor({
  clientId,
  onGone,
}: {
  clientId: string;
  onGone: (result: string) => void;
}) {
  const client = useClient(clientId);
  if (!client) return null;
  return (
    <div className="kept-editor">
      <ClientForm client={client} />
      <ContactsEditor clientId={clientId} />
      <ClientRemoval client={client} onGone={onGone} />
    </div>
  );
}
