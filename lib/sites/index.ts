import { FXIAOKE_SUFFIX } from './fxiaoke/selectors';
import { HUBSPOT_HOSTS } from './hubspot/selectors';
import { OUTLOOK_HOSTS } from './outlook/selectors';
import { PIPEDRIVE_SUFFIX } from './pipedrive/selectors';
import { SALESFORCE_SUFFIX } from './salesforce/selectors';
import { ZOHO_HOSTS } from './zoho/selectors';

/**
 * Every site Kept has an adapter for, in one place: the content scripts' `matches`, the host lists
 * (`hosts.ts`), the built-in adapters (`built-in.ts`), the options page's list and the playground are
 * derived from here, and `registry.test.ts` checks that each entry has its folder, adapter and
 * fixture test. Data only, no adapter code: the build reads it for the manifest and Kept's pages list it.
 *
 * - `script` is where the adapter runs: `gmail` and `sites` are content scripts in the manifest
 *   (their `matches` are the hosts below), `generic` is registered at run time for the sites the user
 *   turns Kept on for (lib/site-access), `playground` is Kept's own playground page.
 * - `hosts` are exact hosts, or `.suffix` for every subdomain of a company's own instance.
 * - `deep`: the site's editors are inside shadow roots and same-origin iframes, so it is watched
 *   through them (the CRMs); Gmail's and Outlook's compose are in the page itself.
 */
export const SITES = {
  gmail: { name: 'Gmail', script: 'gmail', hosts: ['mail.google.com'], deep: false },
  outlook: { name: 'Outlook on the web', script: 'sites', hosts: OUTLOOK_HOSTS, deep: false },
  hubspot: { name: 'HubSpot', script: 'sites', hosts: HUBSPOT_HOSTS, deep: true },
  zoho: { name: 'Zoho CRM', script: 'sites', hosts: ZOHO_HOSTS, deep: true },
  salesforce: { name: 'Salesforce', script: 'sites', hosts: [SALESFORCE_SUFFIX], deep: true },
  pipedrive: { name: 'Pipedrive', script: 'sites', hosts: [PIPEDRIVE_SUFFIX], deep: true },
  fxiaoke: { name: '纷享销客 Fxiaoke', script: 'sites', hosts: [FXIAOKE_SUFFIX], deep: true },
  generic: { name: 'Sites you turn Kept on for', script: 'generic', hosts: [], deep: true },
  playground: { name: 'Playground', script: 'playground', hosts: [], deep: false },
} as const satisfies Record<string, SiteEntry>;

export interface SiteEntry {
  name: string;
  script: 'gmail' | 'sites' | 'generic' | 'playground';
  hosts: readonly string[];
  deep: boolean;
}

export type SiteId = keyof typeof SITES;

/** The ids of the sites one content script (or the playground) serves. */
export type SiteIdOf<S extends SiteEntry['script']> = {
  [K in SiteId]: (typeof SITES)[K]['script'] extends S ? K : never;
}[SiteId];

/** A host as a match pattern, HTTPS only. */
export const matchPattern = (host: string): string =>
  host.startsWith('.') ? `https://*${host}/*` : `https://${host}/*`;

/** Whether `host` is one of `hosts` (exact, or under a `.suffix`). */
export const hostIn = (host: string, hosts: readonly string[]): boolean =>
  hosts.some((h) => (h.startsWith('.') ? host.endsWith(h) : host === h));

const entries = Object.entries(SITES) as [SiteId, SiteEntry][];

/** The match patterns of one manifest content script: its sites' hosts. */
export function matchesOf(script: SiteEntry['script']): string[] {
  return entries
    .filter(([, s]) => s.script === script)
    .flatMap(([, s]) => s.hosts.map(matchPattern));
}

/** The `gmail` content script's matches. */
export const GMAIL_MATCHES: string[] = matchesOf('gmail');

/** The `sites` content script's matches: Outlook on the web and the CRMs. */
export const BUILT_IN_MATCHES: string[] = matchesOf('sites');

/** The site whose content script the manifest runs on `host` (never `generic` or `playground`). */
export function siteOfHost(host: string): SiteId | undefined {
  return entries.find(([, s]) => hostIn(host, s.hosts))?.[0];
}
