import { useId, useState } from 'react';
import { GoalCard } from './GoalCard';
import { GoalForm } from './GoalForm';
import { useI18n } from './I18nProvider';
import { useClientGoals } from './hooks/live-reads';
import { useNow } from './use-now';

/** The SMART goals agreed with the client chosen under Clients: add, edit, track progress. */
export function GoalsSettings({ clientId }: { clientId: string | undefined }) {
  const { t } = useI18n();
  const id = useId();
  const now = useNow();
  const [editing, setEditing] = useState<string>();
  const data = useClientGoals(clientId);

  return (
    <section className="kept-card" id="goals" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {data
          ? t('options.goals.headingFor', { name: data.client.name })
          : t('options.goals.heading')}
      </h2>
      {!data ? (
        <p className="kept-muted">{t('options.goals.pick')}</p>
      ) : (
        <>
          <ul className="kept-list">
            {data.goals.map((g) =>
              editing === g.id ? (
                <li key={g.id}>
                  <GoalForm
                    clientId={data.client.id}
                    goal={g}
                    onDone={() => setEditing(undefined)}
                  />
                </li>
              ) : (
                <GoalCard key={g.id} goal={g} now={now}>
                  <button
                    type="button"
                    onClick={() => setEditing(g.id)}
                    aria-label={t('options.goals.editGoal', { title: g.title })}
                  >
                    {t('common.edit')}
                  </button>
                </GoalCard>
              ),
            )}
          </ul>
          {editing === 'new' ? (
            <GoalForm clientId={data.client.id} onDone={() => setEditing(undefined)} />
          ) : (
            <button type="button" onClick={() => setEditing('new')}>
              {t('options.goals.add')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
