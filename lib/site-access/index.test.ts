import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  disableSite,
  enableSite,
  enabledSites,
  ENABLED_SITES_KEY,
  forgetRevokedSites,
  GENERIC_SCRIPT_ID,
  sitePattern,
  watchTurnedOff,
} from '.';

type Script = { id: string; js: string[]; matches: string[]; persistAcrossSessions?: boolean };

/** The browser's scripting and permissions APIs, in memory (the fake browser has neither). */
function fakeApis(answer: boolean) {
  let scripts: Script[] = [];
  const granted = new Set<string>();
  let onRemoved: ((p: { origins?: string[] }) => void) | undefined;
  const browser = fakeBrowser as unknown as Record<string, unknown>;
  browser.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      scripts.filter((s) => ids.includes(s.id)),
    registerContentScripts: async (list: Script[]) => void (scripts = [...scripts, ...list]),
    updateContentScripts: async (list: Script[]) =>
      void (scripts = scripts.map((s) => list.find((n) => n.id === s.id) ?? s)),
    unregisterContentScripts: async ({ ids }: { ids: string[] }) =>
      void (scripts = scripts.filter((s) => !ids.includes(s.id))),
    executeScript: vi.fn(async () => []),
  };
  browser.permissions = {
    request: vi.fn(async ({ origins }: { origins: string[] }) => {
      if (answer) origins.forEach((o) => granted.add(o));
      return answer;
    }),
    remove: vi.fn(async ({ origins }: { origins: string[] }) =>
      origins.every((o) => granted.delete(o)),
    ),
    onRemoved: { addListener: (l: typeof onRemoved) => (onRemoved = l) },
  };
  return { scripts: () => scripts, granted, revoke: (o: string) => onRemoved?.({ origins: [o] }) };
}

beforeEach(() => fakeBrowser.reset());

describe('sitePattern', () => {
  it.each([
    ['https://help.example.com/tickets/1?x=1#y', 'https://help.example.com/*'],
    ['http://intranet.example:8080/crm', 'http://intranet.example/*'],
  ])('%s → %s', (url, pattern) => expect(sitePattern(url)).toBe(pattern));
  it.each([
    undefined,
    'chrome://extensions',
    'about:blank',
    'file:///home/x.html',
    'https://mail.google.com/mail/u/0/',
    'https://acme.pipedrive.com/person/1',
    'https://crm.zoho.eu/crm/org1/tab/Leads/1',
  ])('refuses %s', (url) => expect(sitePattern(url)).toBeNull());
});

describe('turning Kept on and off for a site', () => {
  it('registers the generic script for the granted origin only, to persist, and starts it in the tab', async () => {
    const apis = fakeApis(true);
    expect(await enableSite('https://a.example/*', 7)).toBe(true);
    expect(await enableSite('https://b.example/*')).toBe(true);
    expect(apis.scripts()).toEqual([
      expect.objectContaining({
        id: GENERIC_SCRIPT_ID,
        matches: ['https://a.example/*', 'https://b.example/*'],
        persistAcrossSessions: true,
      }),
    ]);
    const browser = fakeBrowser as unknown as { scripting: { executeScript: unknown } };
    expect(browser.scripting.executeScript).toHaveBeenCalledTimes(1);
  });

  it('registers nothing when the user declines the prompt', async () => {
    const apis = fakeApis(false);
    expect(await enableSite('https://a.example/*', 7)).toBe(false);
    expect(apis.scripts()).toEqual([]);
  });

  it('turning off unregisters and gives the permission back; the last site removes the script', async () => {
    const apis = fakeApis(true);
    await enableSite('https://a.example/*');
    await enableSite('https://b.example/*');
    expect(await disableSite('https://a.example/*')).toBe(true);
    expect(await enabledSites()).toEqual(['https://b.example/*']);
    expect([...apis.granted]).toEqual(['https://b.example/*']);
    await disableSite('https://b.example/*');
    expect(apis.scripts()).toEqual([]);
  });

  it('mirrors the sites in storage, and tells a running page when its site is turned off', async () => {
    fakeApis(true);
    await enableSite('https://a.example/*');
    await enableSite('https://b.example/*');
    const off = vi.fn();
    watchTurnedOff('https://a.example/*', off, new AbortController().signal);
    await disableSite('https://b.example/*');
    expect(off).not.toHaveBeenCalled();
    await disableSite('https://a.example/*');
    await vi.waitFor(() => expect(off).toHaveBeenCalledTimes(1));
    expect((await fakeBrowser.storage.local.get(ENABLED_SITES_KEY))[ENABLED_SITES_KEY]).toEqual([]);
  });

  it('forgets a site whose permission the user removed in the browser', async () => {
    const apis = fakeApis(true);
    forgetRevokedSites();
    await enableSite('https://a.example/*');
    apis.revoke('https://a.example/*');
    await vi.waitFor(async () => expect(await enabledSites()).toEqual([]));
  });
});
