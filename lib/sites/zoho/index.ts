import { recordSiteAdapter } from '../generic/record-site';
import { editorSelectors } from '../generic/selectors';
import { ZOHO_RECORD, zohoSelectors as s } from './selectors';

/** Zoho CRM: the "Send Mail" composer (CKEditor in an iframe) and Leads/Contacts/Accounts/Deals pages. */
export const zohoAdapter = recordSiteAdapter({
  id: 'zoho',
  bodySelector: editorSelectors.rich,
  record: ZOHO_RECORD,
  composer: { root: s.composeRoot, recipients: s.recipients, subject: s.subject, send: s.send },
  recordMarker: s.recordMarker,
  recordPage: {
    root: s.recordRoot,
    emails: s.recordEmails,
    domains: s.recordDomains,
    name: s.recordName,
  },
});
