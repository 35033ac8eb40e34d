import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { sendMessage } from '../messaging/client';

/** A tab's copy of the settings (settings-cache.ts): reads never write, and a failed read loses nothing. */
// In-page code sends through sendFromPage, which is sendMessage typed to the in-page verbs.
vi.mock('../messaging/client', () => {
  const sendMessage = vi.fn();
  return { sendMessage, sendFromPage: sendMessage };
});
const send = vi.mocked(sendMessage);
const withPhrases = (...phrases: string[]): Settings => ({
  ...DEFAULT_SETTINGS,
  customPhrases: phrases.map((phrase) => ({ phrase, mode: 'allow' as const })),
});
const reply = (settings: Settings) => Promise.resolve({ ok: true as const, data: { settings } });
const unavailable = () =>
  Promise.resolve({ ok: false as const, error: { code: 'unavailable' as const, message: 'x' } });

let settingsCache: typeof import('./settings-cache');
beforeEach(async () => {
  vi.resetModules();
  send.mockReset();
  settingsCache = await import('./settings-cache');
});

describe("a tab's settings", () => {
  it('"Always allow" sends one phrase to the background and never writes the whole list', async () => {
    send.mockImplementationOnce(() => reply(withPhrases('old')) as never);
    await settingsCache.loadSettings();
    // Options added "rest assured" since; the background keeps it, the tab cannot overwrite it.
    send.mockImplementationOnce(
      () => reply(withPhrases('old', 'rest assured', 'guaranteed')) as never,
    );
    await settingsCache.allowPhrase('guaranteed');
    expect(send).toHaveBeenLastCalledWith('allowPhrase', { phrase: 'guaranteed' });
    expect(send.mock.calls.map(([verb]) => verb)).not.toContain('updateSettings');
    expect(await settingsCache.loadSettings()).toEqual(
      withPhrases('old', 'rest assured', 'guaranteed'),
    );
  });

  it('a failed first read writes nothing and is tried again', async () => {
    send.mockImplementationOnce(unavailable as never);
    expect(await settingsCache.loadSettings()).toBeNull();
    send.mockImplementationOnce(unavailable as never);
    await settingsCache.allowPhrase('guaranteed');
    expect(send).toHaveBeenLastCalledWith('allowPhrase', { phrase: 'guaranteed' });
    send.mockImplementationOnce(() => reply(withPhrases('a', 'b')) as never);
    expect(await settingsCache.loadSettings()).toEqual(withPhrases('a', 'b'));
    expect(send.mock.calls.map(([verb]) => verb)).toEqual([
      'getSettings',
      'allowPhrase',
      'getSettings',
    ]);
  });

  it('a failed refresh keeps the settings last read', async () => {
    send.mockImplementationOnce(() => reply(withPhrases('a')) as never);
    await settingsCache.loadSettings();
    send.mockImplementationOnce(unavailable as never);
    expect(await settingsCache.loadSettings(true)).toEqual(withPhrases('a'));
  });

  it('shares one read between callers, and reads again for a change announced meanwhile', async () => {
    let stored = withPhrases('a');
    send.mockImplementation(() => reply(stored) as never);
    const first = settingsCache.loadSettings();
    const second = settingsCache.loadSettings();
    stored = withPhrases('a', 'b');
    const changed = settingsCache.loadSettings(true);
    expect(await first).toEqual(withPhrases('a'));
    expect(await second).toEqual(withPhrases('a'));
    expect(await changed).toEqual(withPhrases('a', 'b'));
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('rule settings', () => {
  it('turns settings into the analysis rule settings', () => {
    expect(
      settingsCache.ruleSettings({
        ...DEFAULT_SETTINGS,
        rulesOff: ['vague-date'],
        customPhrases: [
          { phrase: 'rest assured', mode: 'allow' },
          { phrase: 'no worries', mode: 'flag' },
        ],
        ruleSeverity: { 'overpromise-guarantee': 'info' },
      }),
    ).toEqual({
      disabled: ['vague-date'],
      allow: ['rest assured'],
      flag: ['no worries'],
      severity: { 'overpromise-guarantee': 'info' },
    });
    expect(settingsCache.ruleSettings(null)).toEqual({
      disabled: [],
      allow: [],
      flag: [],
      severity: {},
    });
  });
});
