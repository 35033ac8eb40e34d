import { useState } from 'react';
import { Brand } from './Brand';
import { ClientsSettings } from './ClientsSettings';
import { DataSettings } from './DataSettings';
import { GoalsSettings } from './GoalsSettings';
import { I18nProvider, useI18n } from './I18nProvider';
import { LanguageSettings } from './LanguageSettings';
import { RemindersSettings } from './RemindersSettings';
import { RulesSettings } from './RulesSettings';
import { SitesSettings } from './SitesSettings';

const SECTIONS = ['clients', 'goals', 'rules', 'sites', 'reminders', 'language', 'data'] as const;

function Options() {
  const { t } = useI18n();
  const [clientId, setClientId] = useState<string>();
  return (
    <div className="kept-options">
      <Brand subtitle={t('options.title')} />
      <nav aria-label={t('options.sections')} className="kept-options-nav">
        {SECTIONS.map((s) => (
          <a key={s} href={`#${s}`}>
            {t(`options.nav.${s}`)}
          </a>
        ))}
      </nav>
      <main className="kept-page">
        <p className="kept-muted">{t('options.privacy')}</p>
        <ClientsSettings selected={clientId} onSelect={setClientId} />
        <GoalsSettings clientId={clientId} />
        <RulesSettings />
        <SitesSettings />
        <RemindersSettings />
        <LanguageSettings />
        <DataSettings />
      </main>
    </div>
  );
}

/** The options page: clients, goals, rules, sites, reminders, language and data. */
export function OptionsApp() {
  return (
    <I18nProvider>
      <Options />
    </I18nProvider>
  );
}
