import { useId } from 'react';
import type { ReminderLead } from '../lib/model/settings';
import { useI18n } from './I18nProvider';
import { useSettings } from './hooks/use-settings';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const MINUTES = [15, 30, 60, 120, 240, 1440];

/** When Kept reminds before a commitment falls due: the day before at an hour, or minutes before. */
export function RemindersSettings() {
  const { t } = useI18n();
  const id = useId();
  const { settings, save, error } = useSettings();
  if (!settings) return null;
  const lead = settings.reminderLead;
  const set = (next: ReminderLead) => void save({ reminderLead: next });
  return (
    <section className="kept-card" id="reminders" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.reminders.heading')}</h2>
      <fieldset className="kept-fieldset">
        <legend>{t('options.reminders.when')}</legend>
        <div className="kept-row">
          <input
            type="radio"
            id={`${id}-day`}
            name={id}
            checked={lead.kind === 'dayBeforeAt'}
            onChange={() => set({ kind: 'dayBeforeAt', hour: 9 })}
          />
          <label htmlFor={`${id}-day`}>{t('options.reminders.dayBefore')}</label>
          <select
            aria-label={t('options.reminders.hour')}
            disabled={lead.kind !== 'dayBeforeAt'}
            value={lead.kind === 'dayBeforeAt' ? lead.hour : 9}
            onChange={(e) => set({ kind: 'dayBeforeAt', hour: Number(e.target.value) })}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>{`${String(h).padStart(2, '0')}:00`}</option>
            ))}
          </select>
        </div>
        <div className="kept-row">
          <input
            type="radio"
            id={`${id}-min`}
            name={id}
            checked={lead.kind === 'minutesBefore'}
            onChange={() => set({ kind: 'minutesBefore', minutes: 60 })}
          />
          <label htmlFor={`${id}-min`}>{t('options.reminders.before')}</label>
          <select
            aria-label={t('options.reminders.minutes')}
            disabled={lead.kind !== 'minutesBefore'}
            value={lead.kind === 'minutesBefore' ? lead.minutes : 60}
            onChange={(e) => set({ kind: 'minutesBefore', minutes: Number(e.target.value) })}
          >
            {MINUTES.map((m) => (
              <option key={m} value={m}>
                {m < 60
                  ? t('options.reminders.mins', { count: m })
                  : t('options.reminders.hours', { count: m / 60 })}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p className="kept-muted">{t('options.reminders.overdueNote')}</p>
      {error && <p className="kept-warn">{error}</p>}
    </section>
  );
}
