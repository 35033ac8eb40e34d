import { FXIAOKE_SUFFIX } from './fxiaoke/selectors';
import { HUBSPOT_HOSTS } from './hubspot/selectors';
import { OUTLOOK_HOSTS } from './outlook/selectors';
import { PIPEDRIVE_SUFFIX } from './pipedrive/selectors';
import { SALESFORCE_SUFFIX } from './salesforce/selectors';
import { ZOHO_HOSTS } from './zoho/selectors';

/**
 * The hosts of the built-in sites beyond Gmail (issue 7), by adapter id, with no code attached: the
 * build reads them for the content script's matches and the options page lists them. Exact hosts,
 * or `.suffix` for every subdomain of a company's own instance.
 */
export const BUILT_IN_HOSTS = {
  outlook: { name: 'Outlook on the web', hosts: OUTLOOK_HOSTS },
  hubspot: { name: 'HubSpot', hosts: HUBSPOT_HOSTS },
  zoho: { name: 'Zoho CRM', hosts: ZOHO_HOSTS },
  salesforce: { name: 'Salesforce', hosts: [SALESFORCE_SUFFIX] },
  pipedrive: { name: 'Pipedrive', hosts: [PIPEDRIVE_SUFFIX] },
  fxiaoke: { name: '纷享销客 Fxiaoke', hosts: [FXIAOKE_SUFFIX] },
} as const satisfies Record<string, { name: string; hosts: readonly string[] }>;

export type BuiltInSiteId = keyof typeof BUILT_IN_HOSTS;

/** A host as a match pattern, HTTPS only. */
export const matchPattern = (host: string): string =>
  host.startsWith('.') ? `https://*${host}/*` : `https://${host}/*`;

/** The match patterns of the `sites` content script. */
export const BUILT_IN_MATCHES: string[] = Object.values(BUILT_IN_HOSTS).flatMap((site) =>
  site.hosts.map(matchPattern),
);

/** The id of the built-in site serving `host`, if any. */
export function builtInSiteOf(host: string): BuiltInSiteId | undefined {
  return (Object.keys(BUILT_IN_HOSTS) as BuiltInSiteId[]).find((id) =>
    BUILT_IN_HOSTS[id].hosts.some((h: string) =>
      h.startsWith('.') ? host.endsWith(h) : host === h,
    ),
  );
}
