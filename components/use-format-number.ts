import { useMemo } from 'react';
import { htmlLang } from '../lib/i18n';
import { useI18n } from './I18nProvider';

/** Formats a count in the UI language ("40,000" / "40,000"), for every number Kept shows. */
export function useFormatNumber(): (n: number) => string {
  const { lang } = useI18n();
  return useMemo(() => {
    const format = new Intl.NumberFormat(htmlLang(lang));
    return (n: number) => format.format(n);
  }, [lang]);
}
