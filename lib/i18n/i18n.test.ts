import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zh from '../../locales/zh_CN.json';
import { htmlLangOf, langOf, resolveLang, translate, translator } from '.';

/** Every dotted key of a messages file (plural objects count as one key). */
function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) =>
    typeof v === 'string' || 'n' in v ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}

describe('i18n', () => {
  it('has every English message in Chinese too, and no extra ones', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('has every message non-empty, with the same {placeholders} in both languages', () => {
    const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();
    for (const key of keys(en)) {
      const forms = (messages: object) => {
        const value = key
          .split('.')
          .reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], messages);
        return (typeof value === 'string' ? { '': value } : value) as Record<string, string>;
      };
      const enForms = forms(en);
      const zhForms = forms(zh);
      // A plural needs its `n` form in each language; the `0` and `1` forms are optional.
      expect(Object.keys(zhForms), key).toContain(Object.keys(enForms).includes('n') ? 'n' : '');
      for (const [form, text] of Object.entries(zhForms)) {
        expect(text.trim(), `zh ${key} ${form}`).not.toBe('');
        if (enForms[form] !== undefined)
          expect(placeholders(text), `zh ${key} ${form}`).toEqual(placeholders(enForms[form]));
      }
      for (const [form, text] of Object.entries(enForms))
        expect(text.trim(), `en ${key} ${form}`).not.toBe('');
    }
  });

  it('uses only key names Chrome accepts in _locales (letters, digits, _)', () => {
    for (const key of keys(en)) expect(key.replaceAll('.', '_')).toMatch(/^\w+$/);
  });

  it('fills named placeholders and picks plural forms', () => {
    expect(translate('en', 'popup.overdue', { count: 0 })).toBe('Nothing overdue');
    expect(translate('en', 'popup.overdue', { count: 1 })).toBe('1 overdue');
    expect(translate('en', 'popup.overdue', { count: 4 })).toBe('4 overdue');
    expect(translate('zh', 'popup.overdue', { count: 4 })).toBe('4 项逾期');
    expect(translate('en', 'due.resolved', { date: 'Fri 4 Dec' })).toBe('Due Fri 4 Dec');
  });

  it('knows the language of a translator, for the lang attribute of what Kept draws', () => {
    expect(langOf(translator('zh'))).toBe('zh');
    expect(htmlLangOf(translator('zh'))).toBe('zh-CN');
    expect(htmlLangOf(translator('en'))).toBe('en');
    expect(htmlLangOf((key) => key)).toBeUndefined();
  });

  it.each([
    ['auto', 'zh-CN', 'zh'],
    ['auto', 'zh-TW', 'zh'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-US', 'zh'],
  ] as const)('setting %s with browser %s → %s', (setting, ui, lang) => {
    expect(resolveLang(setting, ui)).toBe(lang);
  });
});
