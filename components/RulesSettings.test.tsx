// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { rules } from '../lib/analysis/rules';
import { getDatabase } from '../lib/db/database';
import { hasMessage } from '../lib/i18n';
import { updateSettings } from '../lib/db/repository';
import { sendMessage } from '../lib/messaging/client';
import { I18nProvider } from './I18nProvider';
import { RulesSettings } from './RulesSettings';

vi.mock('../lib/messaging/client', () => ({
  sendMessage: vi.fn(async () => ({ ok: true, data: {} })),
}));

beforeEach(async () => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
  await getDatabase().settings.clear();
});
afterEach(() => {
  cleanup();
  vi.mocked(sendMessage).mockClear();
});

const show = () =>
  render(
    <I18nProvider>
      <RulesSettings />
    </I18nProvider>,
  );

describe('RulesSettings', () => {
  it('lists every registered rule with a switch and a severity, named in the user’s language', async () => {
    show();
    await screen.findByRole('checkbox', { name: 'Guarantees and promises' });
    expect(screen.getAllByRole('checkbox')).toHaveLength(rules.length);
    // Every rule has its own name in both languages (none falls back to its id).
    for (const rule of rules) expect(screen.queryByRole('checkbox', { name: rule.id })).toBeNull();
    for (const lang of ['en', 'zh'] as const)
      for (const rule of rules) {
        const key = rule.id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
        expect(hasMessage(lang, `options.rules.list.${key}.name`), `${lang} ${rule.id}`).toBe(true);
      }
  });

  it('turns a rule off and changes a severity', async () => {
    show();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Vague date' }));
    expect(sendMessage).toHaveBeenCalledWith('updateSettings', {
      patch: { rulesOff: ['vague-date'] },
    });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Severity of Date in the past' }),
      'info',
    );
    expect(sendMessage).toHaveBeenCalledWith('updateSettings', {
      patch: { ruleSeverity: { 'past-date': 'info' } },
    });
  });

  it('adds a phrase to allow and removes one', async () => {
    await updateSettings(getDatabase(), {
      customPhrases: [{ phrase: 'piece of cake', mode: 'flag' }],
    });
    show();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Phrase' }), '保证金');
    await user.selectOptions(screen.getByRole('combobox', { name: 'What to do with it' }), 'allow');
    await user.click(screen.getByRole('button', { name: 'Add phrase' }));
    expect(sendMessage).toHaveBeenCalledWith('updateSettings', {
      patch: {
        customPhrases: [
          { phrase: 'piece of cake', mode: 'flag' },
          { phrase: '保证金', mode: 'allow' },
        ],
      },
    });
    await user.click(screen.getByRole('button', { name: 'Remove piece of cake' }));
    expect(sendMessage).toHaveBeenLastCalledWith('updateSettings', {
      patch: { customPhrases: [] },
    });
  });
});

describe('RulesSettings: the legend of underline colours', () => {
  it('shows each severity’s underline in the colour drafts use, in English and Chinese', async () => {
    show();
    const legend = await screen.findByRole('group', { name: 'Underline colours' });
    const rows = [...legend.querySelectorAll('li')];
    expect(rows.map((r) => r.dataset.severity)).toEqual(['error', 'warning', 'info']);
    expect(rows.map((r) => r.textContent)).toEqual([
      'we guarantee Error: thick red wave',
      'we guarantee Warning: orange wave',
      'we guarantee Note: dotted blue line',
    ]);
    const sample = (i: number) => rows[i]!.querySelector('span')!.style.textDecoration;
    expect(sample(0)).toContain('#d93025');
    expect(sample(1)).toContain('#e37400');
    expect(sample(2)).toMatch(/dotted/);
    cleanup();
    vi.mocked(browser.i18n.getUILanguage).mockReturnValue('zh-CN');
    show();
    await screen.findByRole('group', { name: '下划线颜色' });
    expect(screen.getByText('错误：红色粗波浪线')).toBeTruthy();
  });
});
