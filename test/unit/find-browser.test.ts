import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserArgs, findBrowser, NO_BROWSER_MESSAGE } from '../../scripts/find-browser';

describe('findBrowser', () => {
  it('prefers CHROME_PATH when it is executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kept-chrome-'));
    const fake = join(dir, 'chrome');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(findBrowser({ CHROME_PATH: fake })).toBe(fake);
  });

  it('reports none when CHROME_PATH points at nothing', () => {
    expect(findBrowser({ CHROME_PATH: '/nonexistent/chrome' })).toBeUndefined();
  });

  it('tells how to install a browser', () => {
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install -y chromium/);
    expect(NO_BROWSER_MESSAGE).toMatch(/CHROME_PATH/);
  });

  it('loads only Kept and keeps the browser off the network', () => {
    const args = browserArgs('/x/kept');
    expect(args).toContain('--disable-extensions-except=/x/kept');
    expect(args).toContain('--load-extension=/x/kept');
    for (const flag of [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ])
      expect(args).toContain(flag);
  });
});
