import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { getDatabase } from '../lib/db/database';
import type { Client } from '../lib/db/records';
import { sendMessage } from '../lib/messaging/client';
import { Confirm } from './Confirm';
import { useI18n } from './I18nProvider';
import { useClientSearch } from './use-ledger';

/** Merge this client into another (same company twice), or delete it with everything filed under it. */
export function ClientRemoval({ client, onGone }: { client: Client; onGone: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [target, setTarget] = useState('');
  const [confirm, setConfirm] = useState<'merge' | 'delete'>();
  const [error, setError] = useState<string>();
  const others = (useClientSearch('', 200) ?? []).filter((c) => c.id !== client.id);
  const counts = useLiveQuery(async () => {
    const db = getDatabase();
    const [contacts, goals, commitments] = await Promise.all(
      [db.contacts, db.goals, db.commitments].map((table) =>
        table.where('clientId').equals(client.id).count(),
      ),
    );
    return { contacts: contacts!, goals: goals!, commitments: commitments! };
  }, [client.id]);
  const targetName = others.find((c) => c.id === target)?.name ?? '';

  const run = async () => {
    const result =
      confirm === 'merge'
        ? await sendMessage('mergeClients', { targetId: target, sourceId: client.id })
        : await sendMessage('deleteClient', { clientId: client.id, cascade: true });
    setConfirm(undefined);
    if (result.ok) onGone();
    else setError(result.error.message);
  };

  return (
    <div className="kept-subsection">
      <h3>{t('options.clients.mergeOrDelete')}</h3>
      <div className="kept-row">
        <label htmlFor={id}>{t('options.clients.mergeInto')}</label>
        <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">—</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={!target} onClick={() => setConfirm('merge')}>
          {t('options.clients.merge')}
        </button>
        <button type="button" className="kept-danger" onClick={() => setConfirm('delete')}>
          {t('options.clients.delete')}
        </button>
      </div>
      {confirm && counts && (
        <Confirm
          message={t(
            confirm === 'merge' ? 'options.clients.mergeWarning' : 'options.clients.deleteWarning',
            {
              name: client.name,
              target: targetName,
              ...counts,
            },
          )}
          confirmLabel={t(
            confirm === 'merge' ? 'options.clients.confirmMerge' : 'options.clients.confirmDelete',
            {
              name: client.name,
            },
          )}
          onConfirm={run}
          onCancel={() => setConfirm(undefined)}
        />
      )}
      {error && <p className="kept-warn">{error}</p>}
    </div>
  );
}
