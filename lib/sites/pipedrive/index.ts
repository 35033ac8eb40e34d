import { recordSiteAdapter } from '../generic/record-site';
import { editorSelectors } from '../generic/selectors';
import { PIPEDRIVE_RECORD, pipedriveSelectors as s } from './selectors';

/** Pipedrive: the email composer, and person, organization and deal pages */
export const pipedriveAdapter = recordSiteAdapter({
  id: 'pipedrive',
  bodySelector: editorSelectors.rich,
  record: PIPEDRIVE_RECORD,
  composer: { root: s.composeRoot, recipients: s.recipients, subject: s.subject, send: s.send },
  recordMarker: s.recordTitle,
  recordPage: { root: s.recordRoot, emails: s.recordEmails, domains: s.recordDomains },
});
