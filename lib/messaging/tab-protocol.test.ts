import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { onTabMessage, sendToTab } from './tab-protocol';

beforeEach(() => fakeBrowser.reset());

describe('tab protocol', () => {
  it('serves insertIntoDraft from Kept itself, and ignores other senders and bad shapes', async () => {
    const insertIntoDraft = vi.fn(async () => ({ inserted: true }));
    onTabMessage({ insertIntoDraft });
    const own = { id: browser.runtime.id };
    const message = { keptTab: 1, verb: 'insertIntoDraft', data: { text: 'Progress update' } };
    expect(await fakeBrowser.runtime.onMessage.trigger(message, own)).toEqual([{ inserted: true }]);
    expect(insertIntoDraft).toHaveBeenCalledWith({ text: 'Progress update' });

    const ignored = await Promise.all([
      fakeBrowser.runtime.onMessage.trigger(message, { id: 'another-extension' }),
      fakeBrowser.runtime.onMessage.trigger({ ...message, data: { text: '' } }, own),
      fakeBrowser.runtime.onMessage.trigger({ ...message, verb: 'deleteEverything' }, own),
    ]);
    expect(ignored).toEqual([[undefined], [undefined], [undefined]]);
    expect(insertIntoDraft).toHaveBeenCalledTimes(1);
  });

  it('reports no receiver when no content script of Kept runs in the tab', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await sendToTab(3, 'insertIntoDraft', { text: 'x' })).toEqual({
      ok: false,
      reason: 'no-receiver',
    });
  });

  it('checks the reply', async () => {
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => ({
      inserted: 'yes',
    })) as unknown as typeof browser.tabs.sendMessage);
    expect(await sendToTab(3, 'insertIntoDraft', { text: 'x' })).toEqual({
      ok: false,
      reason: 'bad-reply',
    });
  });
});
