import { useId, useState, type FormEvent } from 'react';
import type { Client } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { ClientField } from './ClientField';
import { DuePreview } from './DuePreview';
import { useI18n } from './I18nProvider';
import { clientNamedNow, useActiveGoals } from './hooks/live-reads';
import { useParsedDue } from './use-parsed-due';

/**
 * Log a commitment in seconds: client, what, when (parsed live), optional goal; Enter saves. Mount it
 * once the active tab's client is known: `preselected` is read only at mount.
 */
export function QuickLogForm({ now, preselected }: { now: number; preselected?: Client }) {
  const { t, lang } = useI18n();
  const ids = { what: useId(), when: useId(), goal: useId(), preview: useId() };
  const [clientName, setClientName] = useState(preselected?.name ?? '');
  const [client, setClient] = useState<Client | undefined>(preselected);
  const [text, setText] = useState('');
  const [when, setWhen] = useState('');
  const [goalId, setGoalId] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; message: string }>();
  const parsed = useParsedDue(when, now, lang);
  const goals = useActiveGoals(client?.id) ?? [];

  const changeClient = (name: string) => {
    setClientName(name);
    setGoalId('');
    void clientNamedNow(name).then(setClient);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const target = client ?? (await clientNamedNow(clientName));
    if (!target) return setStatus({ ok: false, message: t('popup.noSuchClient') });
    const dated = parsed.kind === 'explicit' && parsed.due;
    const result = await sendMessage('logCommitment', {
      clientId: target.id,
      text,
      dueKind: dated ? 'explicit' : parsed.kind,
      ...(dated ? { due: parsed.due } : {}),
      ...(goalId ? { goalId } : {}),
    });
    if (!result.ok) return setStatus({ ok: false, message: result.error.message });
    const due = parsed.label ?? t('due.none');
    setStatus({ ok: true, message: t('popup.saved', { text, client: target.name, due }) });
    setText('');
    setWhen('');
  };

  return (
    <form className="kept-form" onSubmit={save} aria-label={t('popup.formLabel')}>
      <ClientField value={clientName} onChange={changeClient} />
      <div className="kept-field">
        <label htmlFor={ids.what}>{t('popup.what')}</label>
        <input id={ids.what} value={text} onChange={(e) => setText(e.target.value)} required />
      </div>
      <div className="kept-field">
        <label htmlFor={ids.when}>{t('popup.when')}</label>
        <input
          id={ids.when}
          value={when}
          placeholder={t('popup.whenPlaceholder')}
          aria-describedby={ids.preview}
          onChange={(e) => setWhen(e.target.value)}
        />
        <DuePreview id={ids.preview} input={when} parsed={parsed} />
      </div>
      {goals.length > 0 && (
        <div className="kept-field">
          <label htmlFor={ids.goal}>{t('popup.goal')}</label>
          <select id={ids.goal} value={goalId} onChange={(e) => setGoalId(e.target.value)}>
            <option value="">{t('popup.noGoal')}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="kept-primary">
        {t('popup.save')}
      </button>
      {status && (
        <p role="status" className={status.ok ? 'kept-ok' : 'kept-warn'}>
          {status.message}
        </p>
      )}
    </form>
  );
}
