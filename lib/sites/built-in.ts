import { fxiaokeAdapter } from './fxiaoke';
import { builtInSiteOf, BUILT_IN_HOSTS, type BuiltInSiteId } from './hosts';
import { hubspotAdapter } from './hubspot';
import { outlookAdapter } from './outlook';
import { pipedriveAdapter } from './pipedrive';
import { salesforceAdapter } from './salesforce';
import type { SiteAdapter } from './types';
import { zohoAdapter } from './zoho';

/** Each built-in site's adapter: every site the registry gives the `sites` content script has one. */
export const BUILT_IN_ADAPTERS: Record<BuiltInSiteId, SiteAdapter> = {
  outlook: outlookAdapter,
  hubspot: hubspotAdapter,
  zoho: zohoAdapter,
  salesforce: salesforceAdapter,
  pipedrive: pipedriveAdapter,
  fxiaoke: fxiaokeAdapter,
};

/**
 * The adapter for the page at `host`, if it is a built-in site, and whether it must be watched
 * through shadow roots and same-origin iframes (`deep`, from the registry).
 */
export function adapterForHost(host: string): { adapter: SiteAdapter; deep: boolean } | undefined {
  const id = builtInSiteOf(host);
  return id && { adapter: BUILT_IN_ADAPTERS[id], deep: BUILT_IN_HOSTS[id].deep };
}
