import { SITES, siteOfHost, type SiteIdOf } from '.';

export { BUILT_IN_MATCHES, matchPattern } from '.';

/** The ids of the built-in sites beyond Gmail: the `sites` content script's. */
export type BuiltInSiteId = SiteIdOf<'sites'>;

/**
 * The hosts of the built-in sites beyond Gmail, by adapter id, with no code attached (derived from
 * the registry, `lib/sites/index.ts`): the options page lists them, the popup and side panel know a
 * CRM record by them.
 */
export const BUILT_IN_HOSTS = Object.fromEntries(
  Object.entries(SITES).filter(([, site]) => site.script === 'sites'),
) as { [K in BuiltInSiteId]: (typeof SITES)[K] };

/** The id of the built-in site serving `host`, if any (Gmail is not one). */
export function builtInSiteOf(host: string): BuiltInSiteId | undefined {
  const id = siteOfHost(host);
  return id && id in BUILT_IN_HOSTS ? (id as BuiltInSiteId) : undefined;
}
