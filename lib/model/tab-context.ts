import { z } from 'zod';

/**
 * What the open thread or draft in a tab involves, as its content script (or the playground) reports
 * it. The background stores it per tab in `storage.session` (trusted contexts only: web pages and
 * content scripts cannot read it), and the side panel and popup read the active tab's entry.
 */
export const tabContextSchema = z.strictObject({
  addresses: z.array(z.string().max(320)).max(500),
  /** Display names by lower-cased address ("Dana Li"), to prefill "create client". */
  names: z.record(z.string().max(320), z.string().max(200)).optional(),
  site: z.string().max(50).optional(),
  url: z.string().max(4000).optional(),
  threadId: z.string().max(500).optional(),
  subject: z.string().max(1000).optional(),
});
export type TabContext = z.infer<typeof tabContextSchema>;
