import { fxiaokeAdapter } from './fxiaoke';
import { builtInSiteOf, type BuiltInSiteId } from './hosts';
import { hubspotAdapter } from './hubspot';
import { outlookAdapter } from './outlook';
import { pipedriveAdapter } from './pipedrive';
import { salesforceAdapter } from './salesforce';
import type { SiteAdapter } from './types';
import { zohoAdapter } from './zoho';

/**
 * Each built-in site's adapter, and whether it must be watched through shadow roots and same-origin
 * iframes (`deep`): the CRMs embed their editors there; Outlook's compose is in the page itself.
 */
const ADAPTERS: Record<BuiltInSiteId, { adapter: SiteAdapter; deep: boolean }> = {
  outlook: { adapter: outlookAdapter, deep: false },
  hubspot: { adapter: hubspotAdapter, deep: true },
  zoho: { adapter: zohoAdapter, deep: true },
  salesforce: { adapter: salesforceAdapter, deep: true },
  pipedrive: { adapter: pipedriveAdapter, deep: true },
  fxiaoke: { adapter: fxiaokeAdapter, deep: true },
};

/** The adapter for the page at `host`, if it is a built-in site. */
export function adapterForHost(host: string): { adapter: SiteAdapter; deep: boolean } | undefined {
  const id = builtInSiteOf(host);
  return id && ADAPTERS[id];
}
