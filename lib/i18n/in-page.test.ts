import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The locale sections lib/i18n/in-page.ts gives a host page; the in-page UI may use no other. */
const IN_PAGE_SECTIONS = new Set(['common', 'due', 'inpage']);

const sources = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'));

describe('the in-page UI text', () => {
  it('uses only the locale sections a content script carries', () => {
    const used = new Set<string>();
    for (const source of [...sources('lib/in-page'), ...sources('components/in-page')])
      for (const m of source.matchAll(/\bt\(\s*['`"]([a-zA-Z]+)\./g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((section) => !IN_PAGE_SECTIONS.has(section))).toEqual([]);
  });

  it('reads in both languages from the in-page sections alone', async () => {
    const { translate } = await import('./in-page');
    expect(translate('en', 'inpage.card.label')).toBe('Kept warning');
    expect(translate('zh', 'inpage.card.label')).toBe('Kept 风险提示');
    expect(translate('zh', 'inpage.severity.error')).toBe('错误');
  });
});
