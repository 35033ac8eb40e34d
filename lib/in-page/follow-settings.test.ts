// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import { announceSettingsChanged } from '../messaging/settings-changes';
import { followSettings } from './follow-settings';
import { loadSettings } from './settings-cache';

vi.mock('./settings-cache', () => ({ loadSettings: vi.fn() }));
const load = vi.mocked(loadSettings);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  load.mockReset();
});

describe('followSettings', () => {
  it('applies the settings on open, and again when the editor gets focus back after a change', async () => {
    let stored: Settings = DEFAULT_SETTINGS;
    load.mockImplementation(() => Promise.resolve(stored));
    const editor = document.createElement('div');
    const apply = vi.fn();
    const controller = new AbortController();
    followSettings(editor, controller.signal, apply);
    await flush();
    expect(apply).toHaveBeenCalledTimes(1);

    editor.dispatchEvent(new FocusEvent('focus'));
    await flush();
    expect(load).toHaveBeenLastCalledWith(true);
    expect(apply).toHaveBeenCalledTimes(1);

    stored = { ...DEFAULT_SETTINGS, ruleSeverity: { 'overpromise-guarantee': 'error' } };
    editor.dispatchEvent(new FocusEvent('focus'));
    await flush();
    expect(apply).toHaveBeenLastCalledWith(stored);

    controller.abort();
    stored = DEFAULT_SETTINGS;
    editor.dispatchEvent(new FocusEvent('focus'));
    await flush();
    expect(apply).toHaveBeenCalledTimes(2);
  });

  it('reads the settings again when the background announces a change, until aborted', async () => {
    fakeBrowser.reset();
    let stored: Settings = DEFAULT_SETTINGS;
    load.mockImplementation(() => Promise.resolve(stored));
    const apply = vi.fn();
    const controller = new AbortController();
    followSettings(document.createElement('div'), controller.signal, apply);
    await flush();
    expect(apply).toHaveBeenCalledTimes(1);

    // "Always allow" in another tab, or a phrase added in Options: no focus needed.
    stored = { ...DEFAULT_SETTINGS, customPhrases: [{ phrase: 'rest assured', mode: 'allow' }] };
    await announceSettingsChanged();
    await flush();
    expect(load).toHaveBeenLastCalledWith(true);
    expect(apply).toHaveBeenLastCalledWith(stored);

    controller.abort();
    stored = DEFAULT_SETTINGS;
    await announceSettingsChanged();
    await flush();
    expect(apply).toHaveBeenCalledTimes(2);
  });
});
