import { useId, useState, type FormEvent } from 'react';
import type { Commitment } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';

/** Drops a commitment that will not be done; the reason is required and kept in its history. */
export function DropForm({
  commitment,
  onDone,
  onSaved,
}: {
  commitment: Commitment;
  /** Closes the form (cancel, and after dropping unless `onSaved` is given). */
  onDone: () => void;
  /** Runs instead of `onDone` once the commitment is dropped. */
  onSaved?: () => void;
}) {
  const { t } = useI18n();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await sendMessage('dropCommitment', { commitmentId: commitment.id, reason });
    if (result.ok) (onSaved ?? onDone)();
    else setError(result.error.message);
  };

  return (
    <form className="kept-inline-form" onSubmit={save} aria-label={t('panel.dropForm')}>
      <label htmlFor={reasonId}>{t('panel.dropReason')}</label>
      <input
        id={reasonId}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        required
        autoFocus
      />
      <div className="kept-row">
        <button type="submit" className="kept-danger">
          {t('panel.confirmDrop')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {error && <p className="kept-warn">{error}</p>}
    </form>
  );
}
