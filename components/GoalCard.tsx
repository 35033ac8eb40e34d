import type { ReactNode } from 'react';
import type { Goal } from '../lib/model/entities';
import { useI18n } from './I18nProvider';
import { useFormatDue } from './use-format-due';

/** One goal with its SMART parts, progress, and a warning when it lacks a measure or a date. */
export function GoalCard({
  goal,
  now,
  children,
}: {
  goal: Goal;
  now: number;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const day = useFormatDue(now);
  const missing = [
    ...(goal.measure.trim() && goal.target.trim() ? [] : [t('goals.noMeasure')]),
    ...(goal.due ? [] : [t('goals.noDate')]),
  ];
  const parts: [string, string][] = [
    [t('goals.specific'), goal.specific],
    [t('goals.measure'), goal.measure],
    [t('goals.target'), goal.target],
    [t('goals.due'), goal.due ? day(goal.due) : ''],
    [t('goals.why'), goal.why],
  ];
  return (
    <li className="kept-goal" aria-label={goal.title}>
      <div className="kept-goal-title">
        <strong>{goal.title}</strong>
        {goal.status !== 'active' && (
          <span className="kept-tag">{t(`goals.status.${goal.status}`)}</span>
        )}
      </div>
      <dl className="kept-smart">
        {parts
          .filter(([, value]) => value.trim())
          .map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <label className="kept-progress">
        <span>{t('goals.progress', { progress: goal.progress })}</span>
        <progress max={100} value={goal.progress} />
      </label>
      {missing.length > 0 && (
        <p className="kept-warn" role="note">
          {t('goals.notSmart', { missing: missing.join(t('common.listSeparator')) })}
        </p>
      )}
      {children}
    </li>
  );
}
