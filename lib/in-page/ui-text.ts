import { browser } from 'wxt/browser';
import { resolveLang, translator, type LanguageSetting, type T } from '../i18n';

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}

let current: T = translator(resolveLang('auto', uiLanguage()));

/**
 * The in-page UI's text function: the language chosen in options, or the browser's (docs/ARCHITECTURE.md,
 * "Language"). Read at each render, so the chips, card and review follow a changed setting.
 */
export const uiText = (): T => current;

/** Applies the language setting once the settings arrived. */
export function setUiLanguage(setting: LanguageSetting | undefined): void {
  current = translator(resolveLang(setting ?? 'auto', uiLanguage()));
}
