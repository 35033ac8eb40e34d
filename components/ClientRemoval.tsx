import { useId, useState } from 'react';
import type { Client } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { Confirm } from './Confirm';
import { useI18n } from './I18nProvider';
import { useClientSearch, useFiledUnder } from './hooks/live-reads';

/** Merge this client into another (same company twice), or delete it with everything filed under it. */
export function ClientRemoval({
  client,
  onGone,
}: {
  client: Client;
  /** After a merge or delete, with the result line to show where the editor was. */
  onGone: (result: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [targetName, setTargetName] = useState('');
  const [confirm, setConfirm] = useState<'merge' | 'delete'>();
  const [error, setError] = useState<string>();
  // Searched as typed, so any of 10,000 clients can be the target, not only the first few.
  const others = (useClientSearch(targetName, 20) ?? []).filter((c) => c.id !== client.id);
  const target = others.find((c) => c.name.toLowerCase() === targetName.trim().toLowerCase())?.id;
  const counts = useFiledUnder(client.id);

  const run = async () => {
    const result =
      confirm === 'merge'
        ? await sendMessage('mergeClients', { targetId: target!, sourceId: client.id })
        : await sendMessage('deleteClient', { clientId: client.id, cascade: true });
    const merged = confirm === 'merge';
    setConfirm(undefined);
    if (!result.ok) return setError(result.error.message);
    const targetClient = others.find((c) => c.id === target);
    onGone(
      merged
        ? t('options.clients.merged', { name: client.name, target: targetClient?.name ?? '' })
        : t('options.clients.deletedClient', { name: client.name }),
    );
  };

  return (
    <div className="kept-subsection">
      <h3>{t('options.clients.mergeOrDelete')}</h3>
      <div className="kept-row">
        <label htmlFor={id}>{t('options.clients.mergeInto')}</label>
        <input
          id={id}
          list={`${id}-list`}
          value={targetName}
          autoComplete="off"
          onChange={(e) => setTargetName(e.target.value)}
        />
        <datalist id={`${id}-list`}>
          {others.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
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
