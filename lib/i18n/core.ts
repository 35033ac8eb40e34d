import type en from '../../locales/en.json';

/** The languages Kept's screens are written in. */
export type Lang = 'en' | 'zh';

/** The language setting as stored (lib/model/settings). */
export type LanguageSetting = 'auto' | 'en' | 'zh-CN';

export type Messages = typeof en;
/** A plural message: `0` (optional), `1` and `n` forms, as @wxt-dev/i18n's file format has them. */
type Plural = { n: string };

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | Plural ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key, dotted ("popup.save"); a typo is a compile error. */
export type MessageKey = Leaves<Messages>;

/** Named substitutions; `count` also picks the plural form. */
export type Params = Record<string, string | number>;

/**
 * The messages in use. Kept's pages register both whole files (lib/i18n/index.ts); content scripts
 * register only what the in-page UI says (lib/i18n/in-page.ts), so a host page does not download
 * every screen's text. A key missing here falls back to English, then to the key itself.
 */
const MESSAGES: Partial<Record<Lang, Messages>> = {};

/** Makes `messages` the text `translate` reads. */
export function registerMessages(messages: Record<Lang, Messages>): void {
  // Section by section, so a page that loads both files and the in-page part keeps every section.
  for (const lang of ['en', 'zh'] as const)
    MESSAGES[lang] = { ...MESSAGES[lang], ...messages[lang] } as Messages;
}

function lookup(messages: Messages | undefined, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function pickPlural(forms: Record<string, string>, count: number): string {
  if (count === 0 && forms['0'] !== undefined) return forms['0'];
  if (count === 1 && forms['1'] !== undefined) return forms['1'];
  return forms.n ?? '';
}

/**
 * The message `key` in `lang` with `{name}` placeholders filled from `params`. The same files feed
 * @wxt-dev/i18n's `_locales` (for the manifest and `browser.i18n`); this layer exists because
 * `browser.i18n` follows only the browser's language and Kept lets the user choose in options.
 */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const value = lookup(MESSAGES[lang], key) ?? lookup(MESSAGES.en, key);
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object' && value !== null
        ? pickPlural(value as Record<string, string>, Number(params.count))
        : key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Whether `key` (built at run time, e.g. from a rule id) has a message in `lang`. */
export function hasMessage(lang: Lang, key: string): key is MessageKey {
  return typeof lookup(MESSAGES[lang], key) === 'string';
}

/** The screens' language: the setting, or for `auto` the browser's UI language (Chinese or else English). */
export function resolveLang(setting: LanguageSetting, uiLanguage: string): Lang {
  if (setting === 'en') return 'en';
  if (setting === 'zh-CN') return 'zh';
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** A translate function bound to one language, as components use it. */
export type T = (key: MessageKey, params?: Params) => string;

/** The language each translator speaks (a `t` passed down as a prop carries no other trace of it). */
const LANG_OF = new WeakMap<T, Lang>();

/** Binds `translate` to `lang`. */
export const translator = (lang: Lang): T => {
  const t: T = (key, params) => translate(lang, key, params);
  LANG_OF.set(t, lang);
  return t;
};

/** The language `t` speaks, when `t` came from `translator` (a test's stand-in has none). */
export const langOf = (t: T): Lang | undefined => LANG_OF.get(t);

/** The HTML `lang` of `lang` ("zh-CN", "en"): Kept's pages and what it draws in a host page carry it. */
export const htmlLang = (lang: Lang): string => (lang === 'zh' ? 'zh-CN' : 'en');

/** The HTML `lang` of what `t` writes, when known: in-page UI sits in a page of another language. */
export const htmlLangOf = (t: T): string | undefined => {
  const lang = langOf(t);
  return lang && htmlLang(lang);
};
