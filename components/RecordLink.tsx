import { useId, useState } from 'react';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';
import { useClientSearch, useLinkedClient } from './hooks/live-reads';

/**
 * "This HubSpot company is Acme": links the CRM record open in the tab to a client
 * once; Kept then resolves that record to the client wherever its emails would not.
 */
export function RecordLink({ recordKey }: { recordKey: string }) {
  const { t } = useI18n();
  const id = useId();
  const linked = useLinkedClient(recordKey);
  const clients = useClientSearch('', 200);
  const [choice, setChoice] = useState('');
  if (linked === undefined || !clients) return null;

  if (linked)
    return (
      <section className="kept-record-link" aria-label={t('recordLink.label')}>
        <p>{t('recordLink.linked', { client: linked.name })}</p>
        <button type="button" onClick={() => void sendMessage('unlinkRecord', { key: recordKey })}>
          {t('recordLink.unlink')}
        </button>
      </section>
    );
  return (
    <section className="kept-record-link" aria-label={t('recordLink.label')}>
      <label htmlFor={id}>{t('recordLink.label')}</label>{' '}
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t('recordLink.choose')}</option>
        {clients.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        disabled={!choice}
        onClick={() => void sendMessage('linkRecord', { key: recordKey, clientId: choice })}
      >
        {t('recordLink.link')}
      </button>
    </section>
  );
}
