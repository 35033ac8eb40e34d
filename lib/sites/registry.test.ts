// The site contract: every site is registered once (lib/sites/index.ts), has its adapter folder, a
// fixture test against saved pages, HTTPS-only matches that the content scripts use as they are,
// and a row in the README's "Supported sites".
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import gmailScript from '../../entrypoints/gmail.content';
import sitesScript from '../../entrypoints/sites.content';
import { BUILT_IN_ADAPTERS } from './built-in';
import { BUILT_IN_HOSTS, builtInSiteOf } from './hosts';
import { BUILT_IN_MATCHES, GMAIL_MATCHES, SITES, siteOfHost, type SiteId } from './index';
import type { SiteAdapter } from './types';

const dir = dirname(fileURLToPath(import.meta.url));
const root = resolve(dir, '../..');
const folders = readdirSync(dir).filter((f) => statSync(resolve(dir, f)).isDirectory());
const ids = Object.keys(SITES) as SiteId[];
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const supported = readme.split('## Supported sites')[1]?.split('\n## ')[0] ?? '';
/** Sites a manifest content script runs on (the others have no hosts of their own). */
const hosted = ids.filter((id) => SITES[id].hosts.length > 0);
/** A host the site serves: the host itself, or a company's instance under a suffix. */
const sampleHost = (h: string) => (h.startsWith('.') ? `acme${h}` : h);

describe('sites registry', () => {
  it.each(folders)('the folder lib/sites/%s is a registered site', (folder) => {
    expect(ids).toContain(folder);
  });

  it.each(ids)('%s has a folder whose adapter carries its id', async (id) => {
    const module = (await import(`./${id}/index.ts`)) as Record<string, SiteAdapter>;
    expect(module[`${id}Adapter`]?.id).toBe(id);
  });

  it.each(ids.filter((id) => id !== 'playground'))(
    '%s has a fixture test and saved pages',
    (id) => {
      // The playground is Kept's own page: its e2e test (gmail-playground.e2e.ts) drives it.
      expect(existsSync(resolve(dir, id, 'index.test.ts'))).toBe(true);
      expect(readdirSync(resolve(root, 'test/fixtures', id)).length).toBeGreaterThan(0);
    },
  );

  it.each(hosted)('%s is in the README and its hosts are its own', (id) => {
    const site = SITES[id];
    expect(supported).toContain(site.hosts[0]!.replace(/^\./, '*.'));
    for (const host of site.hosts) expect(siteOfHost(sampleHost(host))).toBe(id);
  });

  it('runs on the generic and playground sites through no manifest host', () => {
    expect(SITES.generic.hosts).toEqual([]);
    expect(SITES.playground.hosts).toEqual([]);
  });

  it('gives the content scripts their matches, HTTPS only and never all URLs', () => {
    expect(gmailScript.matches).toEqual(GMAIL_MATCHES);
    expect(sitesScript.matches).toEqual(BUILT_IN_MATCHES);
    expect(GMAIL_MATCHES).toEqual(['https://mail.google.com/*']);
    for (const pattern of [...GMAIL_MATCHES, ...BUILT_IN_MATCHES])
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });

  it('has a built-in adapter for every site of the sites content script, and Gmail is not one', () => {
    const built = ids.filter((id) => SITES[id].script === 'sites');
    expect(Object.keys(BUILT_IN_HOSTS)).toEqual(built);
    expect(Object.keys(BUILT_IN_ADAPTERS).sort()).toEqual([...built].sort());
    for (const id of built)
      expect(BUILT_IN_ADAPTERS[id as keyof typeof BUILT_IN_ADAPTERS].id).toBe(id);
    expect(builtInSiteOf('mail.google.com')).toBeUndefined();
  });
});
