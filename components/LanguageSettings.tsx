import { useId } from 'react';
import type { LanguageSetting } from '../lib/i18n';
import { useI18n } from './I18nProvider';
import { useSettings } from './hooks/use-settings';

/** Auto (the browser's language), English or Simplified Chinese, applied to every screen at once. */
export function LanguageSettings() {
  const { t } = useI18n();
  const id = useId();
  const { settings, save } = useSettings();
  if (!settings) return null;
  return (
    <section className="kept-card" id="language" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.language.heading')}</h2>
      <div className="kept-field">
        <label htmlFor={id}>{t('options.language.label')}</label>
        <select
          id={id}
          value={settings.language}
          onChange={(e) => void save({ language: e.target.value as LanguageSetting })}
        >
          <option value="auto">{t('options.language.auto')}</option>
          {/* Each language is named in itself, and marked so a screen reader reads it so. */}
          <option value="en" lang="en">
            English
          </option>
          <option value="zh-CN" lang="zh-CN">
            简体中文
          </option>
        </select>
      </div>
    </section>
  );
}
