import { recordSiteAdapter } from '../generic/record-site';
import { HUBSPOT_RECORD, hubspotSelectors as s } from './selectors';

/** HubSpot: the record email composer, and contact and company record pages */
export const hubspotAdapter = recordSiteAdapter({
  id: 'hubspot',
  bodySelector: s.body,
  record: HUBSPOT_RECORD,
  composer: { root: s.composeRoot, recipients: s.recipients, subject: s.subject, send: s.send },
  recordMarker: s.recordTitle,
  recordPage: { root: s.recordRoot, emails: s.recordEmails, domains: s.recordDomains },
});
