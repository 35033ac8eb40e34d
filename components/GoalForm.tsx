import { useId, useState, type FormEvent } from 'react';
import { formatDue } from '../lib/analysis/dates';
import type { Goal, GoalStatus } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { DuePreview } from './DuePreview';
import { useI18n } from './I18nProvider';
import { useNow, timeZone } from './use-now';
import { useParsedDue } from './use-parsed-due';

const TEXT_PARTS = ['title', 'specific', 'measure', 'target', 'why'] as const;

/**
 * A parsed due (any time that day) → the end of that local day, as goals store it. The date is typed
 * and shown in the UI language ("Thu 31 Dec", "12月31日 周四", "下周五") rather than in a native date
 * input, whose mm/dd/yyyy follows the browser's locale, not Kept's language.
 */
const endOfLocalDay = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59).toISOString();
};

/** Adds a SMART goal for a client, or edits one (status and progress changes are kept in its history). */
export function GoalForm({
  clientId,
  goal,
  onDone,
}: {
  clientId: string;
  goal?: Goal;
  onDone: () => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const now = useNow();
  const [parts, setParts] = useState(
    () =>
      Object.fromEntries(TEXT_PARTS.map((p) => [p, goal?.[p] ?? ''])) as Record<
        (typeof TEXT_PARTS)[number],
        string
      >,
  );
  const [due, setDue] = useState(() =>
    goal?.due ? formatDue(goal.due, { now: new Date(), timeZone: timeZone() }, lang) : '',
  );
  const parsedDue = useParsedDue(due, now, lang);
  const [progress, setProgress] = useState(goal?.progress ?? 0);
  const [status, setStatus] = useState<GoalStatus>(goal?.status ?? 'active');
  const [error, setError] = useState<string>();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (due.trim() && (parsedDue.kind !== 'explicit' || !parsedDue.due)) {
      setError(t('due.unreadable'));
      return;
    }
    const dueIso = due.trim() && parsedDue.due ? endOfLocalDay(parsedDue.due) : undefined;
    const result = goal
      ? await sendMessage('updateGoal', {
          goalId: goal.id,
          patch: { ...parts, ...(dueIso ? { due: dueIso } : {}), progress, status },
        })
      : await sendMessage('createGoal', { clientId, ...parts, ...(dueIso ? { due: dueIso } : {}) });
    if (result.ok) onDone();
    else setError(result.error.message);
  };

  return (
    <form
      className="kept-goal-form"
      onSubmit={save}
      aria-label={
        goal ? t('options.goals.editGoal', { title: goal.title }) : t('options.goals.add')
      }
    >
      {TEXT_PARTS.map((part) => (
        <div className="kept-field" key={part}>
          <label htmlFor={`${id}-${part}`}>{t(`options.goals.fields.${part}`)}</label>
          <input
            id={`${id}-${part}`}
            value={parts[part]}
            required={part === 'title'}
            onChange={(e) => setParts({ ...parts, [part]: e.target.value })}
          />
        </div>
      ))}
      <div className="kept-field">
        <label htmlFor={`${id}-due`}>{t('goals.due')}</label>
        <input
          id={`${id}-due`}
          value={due}
          aria-describedby={due.trim() ? `${id}-due-preview` : undefined}
          onChange={(e) => setDue(e.target.value)}
        />
        {due.trim() && <DuePreview id={`${id}-due-preview`} input={due} parsed={parsedDue} />}
      </div>
      {goal && (
        <div className="kept-row">
          <label htmlFor={`${id}-progress`}>{t('goals.progress', { progress })}</label>
          <input
            id={`${id}-progress`}
            type="range"
            min={0}
            max={100}
            step={5}
            value={progress}
            onChange={(e) => setProgress(Number(e.target.value))}
          />
          <label htmlFor={`${id}-status`}>{t('options.goals.status')}</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as GoalStatus)}
          >
            {(['active', 'achieved', 'dropped'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`goals.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="kept-row">
        <button type="submit" className="kept-primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {error && <p className="kept-warn">{error}</p>}
    </form>
  );
}
