import { recordSiteAdapter } from '../generic/record-site';
import { editorSelectors } from '../generic/selectors';
import { SALESFORCE_RECORD, salesforceSelectors as s } from './selectors';

/**
 * Salesforce Lightning: the email composer and record pages, found through open shadow roots (the
 * sites entrypoint starts it with `deep`). Send is found by its label: Lightning's has no stable hook.
 */
export const salesforceAdapter = recordSiteAdapter({
  id: 'salesforce',
  bodySelector: editorSelectors.rich,
  record: SALESFORCE_RECORD,
  composer: { root: s.composeRoot, recipients: s.recipients, subject: s.subject },
  recordMarker: s.recordTitle,
  recordPage: { root: s.recordRoot, emails: s.recordEmails, domains: s.recordDomains },
});
