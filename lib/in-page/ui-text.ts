import { browser } from 'wxt/browser';
import { resolveLang, translator, type Lang, type T } from '../i18n/in-page';
import { cachedSettings } from './settings-cache';

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

const translators = new Map<Lang, T>();

/**
 * The in-page UI's text function: the language chosen in options (from this tab's copy of the
 * settings), or the browser's until the settings are read (docs/ARCHITECTURE.md, "Language"). Read
 * at each render and passed down to the chips, card and review, so they follow a changed setting.
 */
export function uiText(): T {
  const lang = resolveLang(cachedSettings()?.language ?? 'auto', uiLanguage());
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = translator(lang)));
  return t;
}
