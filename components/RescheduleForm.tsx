import { useId, useState, type FormEvent } from 'react';
import type { Commitment } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { DuePreview } from './DuePreview';
import { useI18n } from './I18nProvider';
import { useParsedDue } from './use-parsed-due';

/** Moves a commitment to a new date (typed in English or Chinese) with a reason kept in its history. */
export function RescheduleForm({
  commitment,
  now,
  onDone,
  onSaved,
}: {
  commitment: Commitment;
  now: number;
  /** Closes the form (cancel, and after saving unless `onSaved` is given). */
  onDone: () => void;
  /** Runs instead of `onDone` once the new date is saved. */
  onSaved?: () => void;
}) {
  const { t, lang } = useI18n();
  const ids = { when: useId(), reason: useId(), preview: useId() };
  const [when, setWhen] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const parsed = useParsedDue(when, now, lang);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (parsed.kind !== 'explicit' || !parsed.due) return setError(t('panel.needDate'));
    const result = await sendMessage('rescheduleCommitment', {
      commitmentId: commitment.id,
      due: parsed.due,
      dueKind: 'explicit',
      reason,
    });
    if (result.ok) (onSaved ?? onDone)();
    else setError(result.error.message);
  };

  return (
    <form className="kept-inline-form" onSubmit={save} aria-label={t('panel.rescheduleForm')}>
      <label htmlFor={ids.when}>{t('panel.newDate')}</label>
      <input
        id={ids.when}
        value={when}
        onChange={(e) => setWhen(e.target.value)}
        aria-describedby={ids.preview}
        required
        autoFocus
      />
      <DuePreview id={ids.preview} input={when} parsed={parsed} />
      <label htmlFor={ids.reason}>{t('panel.reason')}</label>
      <input id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value)} required />
      <div className="kept-row">
        <button type="submit" className="kept-primary">
          {t('panel.saveReschedule')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {error && <p className="kept-warn">{error}</p>}
    </form>
  );
}
