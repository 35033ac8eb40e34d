import { useId, useState, type FormEvent } from 'react';
import type { Settings, SettingsPatch } from '../lib/model/settings';
import { useI18n } from './I18nProvider';

type Mode = Settings['customPhrases'][number]['mode'];

/** The user's own phrases: ones to flag as overpromises, and ones never to warn about. */
export function CustomPhrases({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<void>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [phrase, setPhrase] = useState('');
  const [mode, setMode] = useState<Mode>('flag');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    await save({ customPhrases: [...settings.customPhrases, { phrase: phrase.trim(), mode }] });
    setPhrase('');
  };
  const remove = (index: number) =>
    void save({ customPhrases: settings.customPhrases.filter((_, i) => i !== index) });
  return (
    <div className="kept-subsection">
      <h3>{t('options.phrases.heading')}</h3>
      <form className="kept-row" onSubmit={add} aria-label={t('options.phrases.add')}>
        <label htmlFor={id}>{t('options.phrases.phrase')}</label>
        <input id={id} value={phrase} onChange={(e) => setPhrase(e.target.value)} required />
        <select
          aria-label={t('options.phrases.mode')}
          value={mode}
          onChange={(e) => setMode(e.target.value as Mode)}
        >
          <option value="flag">{t('options.phrases.flag')}</option>
          <option value="allow">{t('options.phrases.allow')}</option>
        </select>
        <button type="submit">{t('options.phrases.add')}</button>
      </form>
      {settings.customPhrases.length === 0 ? (
        <p className="kept-muted">{t('options.phrases.none')}</p>
      ) : (
        <ul className="kept-list">
          {settings.customPhrases.map((p, i) => (
            <li key={`${p.mode}:${p.phrase}`} className="kept-row">
              <span className="kept-tag">{t(`options.phrases.${p.mode}`)}</span>
              <span>{p.phrase}</span>
              <button
                type="button"
                onClick={() => remove(i)}
                aria-label={t('options.phrases.remove', { phrase: p.phrase })}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
