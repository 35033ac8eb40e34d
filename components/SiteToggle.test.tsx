// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { disableSite, enableSite, enabledSites } from '../lib/site-access';
import { I18nProvider } from './I18nProvider';
import { SiteToggle } from './SiteToggle';

vi.mock('../lib/site-access', async (original) => ({
  ...(await original<typeof import('../lib/site-access')>()),
  enabledSites: vi.fn(async () => [] as string[]),
  enableSite: vi.fn(async () => true),
  disableSite: vi.fn(async () => true),
}));

function openOn(url: string) {
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 9, url }] as never);
  render(
    <I18nProvider>
      <SiteToggle />
    </I18nProvider>,
  );
}

beforeEach(() => {
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('SiteToggle', () => {
  it('turns Kept on for the open site: asks for that one origin, for that tab', async () => {
    openOn('https://help.example.com/tickets/7');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Turn Kept on for this site' }),
    );
    expect(enableSite).toHaveBeenCalledWith('https://help.example.com/*', 9);
    await screen.findByText('Kept is on for help.example.com.');
  });

  it('says so when the browser’s permission was not given', async () => {
    vi.mocked(enableSite).mockResolvedValueOnce(false);
    openOn('https://help.example.com/');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Turn Kept on for this site' }),
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(/permission was not given/);
  });

  it('turns off where it is on', async () => {
    vi.mocked(enabledSites).mockResolvedValueOnce(['https://help.example.com/*']);
    openOn('https://help.example.com/');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Turn Kept off for this site' }),
    );
    expect(disableSite).toHaveBeenCalledWith('https://help.example.com/*');
    await screen.findByText('Kept is off for help.example.com.');
  });

  it('is absent on sites Kept runs on already and on browser pages', async () => {
    for (const url of ['https://mail.google.com/mail/u/0/', 'chrome://extensions/']) {
      openOn(url);
      await new Promise((done) => setTimeout(done, 50));
      expect(screen.queryByRole('button')).toBeNull();
      cleanup();
    }
  });
});
