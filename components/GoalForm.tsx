import { useId, useState, type FormEvent } from 'react';
import type { Goal, GoalStatus } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';

const TEXT_PARTS = ['title', 'specific', 'measure', 'target', 'why'] as const;

/** "2026-12-31" (a date input) → the end of that local day, as stored; '' → no date. */
const dueFromInput = (value: string) =>
  value ? new Date(`${value}T23:59:00`).toISOString() : undefined;
const dueToInput = (iso: string | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
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
  const { t } = useI18n();
  const id = useId();
  const [parts, setParts] = useState(
    () =>
      Object.fromEntries(TEXT_PARTS.map((p) => [p, goal?.[p] ?? ''])) as Record<
        (typeof TEXT_PARTS)[number],
        string
      >,
  );
  const [due, setDue] = useState(dueToInput(goal?.due));
  const [progress, setProgress] = useState(goal?.progress ?? 0);
  const [status, setStatus] = useState<GoalStatus>(goal?.status ?? 'active');
  const [error, setError] = useState<string>();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const dueIso = dueFromInput(due);
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
        <input id={`${id}-due`} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
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
