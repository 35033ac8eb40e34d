import type { Lang } from '../i18n';

/** The language a text is written in: Chinese when Han characters are at least half its letters. */
export function textLanguage(text: string): Lang {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 2 >= latin ? 'zh' : 'en';
}
