import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { htmlLang, resolveLang, translator, type Lang, type T } from '../lib/i18n';
import { useStoredSettings } from './hooks/live-reads';

interface I18n {
  lang: Lang;
  t: T;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

/** The page's language and `t`, following the language setting live. */
export const useI18n = (): I18n => useContext(I18nContext);

/**
 * Provides the language chosen in options (auto: the browser's). Renders nothing until the setting is
 * read (a few ms), so a Chinese user never sees an English flash.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const setting = useStoredSettings()?.language;
  const lang = setting ? resolveLang(setting, browser.i18n.getUILanguage()) : undefined;
  const value = useMemo(() => (lang ? { lang, t: translator(lang) } : undefined), [lang]);
  useEffect(() => {
    if (lang) document.documentElement.lang = htmlLang(lang);
  }, [lang]);
  return value ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}
