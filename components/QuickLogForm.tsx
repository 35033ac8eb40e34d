import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Client } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { ClientField, type ClientChoice } from './ClientField';
import { DuePreview } from './DuePreview';
import { useI18n } from './I18nProvider';
import { clientMeantNow, useActiveGoals } from './hooks/live-reads';
import { useParsedDue } from './use-parsed-due';

/**
 * Log a commitment in seconds: client, what, when (parsed live), optional goal; Enter saves. The
 * client field follows `preselected` (the active tab's client) whenever it arrives or changes, until
 * the user chooses a client themselves.
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
  const chosen = useRef(false);
  const typed = useRef(clientName);
  const parsed = useParsedDue(when, now, lang);
  const goals = useActiveGoals(client?.id) ?? [];
  const showPreview = Boolean(when.trim() || text.trim());

  useEffect(() => {
    if (chosen.current || !preselected) return;
    typed.current = preselected.name;
    setClientName(preselected.name);
    setClient(preselected);
  }, [preselected]);

  const changeClient = (name: string) => {
    chosen.current = true;
    typed.current = name;
    setClientName(name);
    setGoalId('');
    setClient(undefined);
    void clientMeantNow(name).then((found) => {
      // A slower lookup of an older name must not win over what the field says now.
      if (typed.current === name) setClient(found);
    });
  };

  const pick = async (choice: ClientChoice) => {
    chosen.current = true;
    setGoalId('');
    if ('client' in choice) {
      typed.current = choice.client.name;
      setClientName(choice.client.name);
      setClient(choice.client);
      return;
    }
    const result = await sendMessage('createClient', { name: choice.create });
    if (!result.ok) return setStatus({ ok: false, message: result.error.message });
    const created = await clientMeantNow(result.data.client.name);
    typed.current = result.data.client.name;
    setClientName(result.data.client.name);
    setClient(created);
    setStatus({ ok: true, message: t('popup.clientCreated', { name: result.data.client.name }) });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const target = client ?? (await clientMeantNow(clientName));
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
    // A quiet reset: the client stays for the next promise; no date warning on the empty form.
    setText('');
    setWhen('');
    setGoalId('');
  };

  return (
    <form className="kept-form" onSubmit={save} aria-label={t('popup.formLabel')}>
      <ClientField value={clientName} onChange={changeClient} onPick={(c) => void pick(c)} />
      <div className="kept-field">
        <label htmlFor={ids.what}>{t('popup.what')}</label>
        <input
          id={ids.what}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (status?.ok) setStatus(undefined);
          }}
          required
        />
      </div>
      <div className="kept-field">
        <label htmlFor={ids.when}>{t('popup.when')}</label>
        <input
          id={ids.when}
          value={when}
          placeholder={t('popup.whenPlaceholder')}
          aria-describedby={showPreview ? ids.preview : undefined}
          onChange={(e) => setWhen(e.target.value)}
        />
        {showPreview && <DuePreview id={ids.preview} input={when} parsed={parsed} />}
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
