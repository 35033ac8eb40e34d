import { composerAround } from '../generic/composer';
import { recordKey } from '../generic/parts';
import { recordView } from '../generic/record';
import { editorSelectors } from '../generic/selectors';
import type { SiteAdapter } from '../types';
import { SALESFORCE_RECORD, salesforceSelectors as s } from './selectors';

const key = () => recordKey('salesforce', new URL(location.href), SALESFORCE_RECORD);

/**
 * Salesforce Lightning: the email composer and record pages, found through open shadow roots (the
 * sites entrypoint starts it with `deep`).
 */
export const salesforceAdapter: SiteAdapter = {
  id: 'salesforce',
  bodySelector: editorSelectors.rich,
  toComposer: (body) =>
    composerAround(body, {
      root: s.composeRoot,
      recipients: s.recipients,
      subject: s.subject,
      threadId: key,
    }),
  threadSelector: s.recordTitle,
  toThread: (title) =>
    recordView(title, {
      root: s.recordRoot,
      emails: s.recordEmails,
      domains: s.recordDomains,
      key,
    }),
};
