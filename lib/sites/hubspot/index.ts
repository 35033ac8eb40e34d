import { composerAround } from '../generic/composer';
import { recordKey } from '../generic/parts';
import { recordView } from '../generic/record';
import type { SiteAdapter } from '../types';
import { HUBSPOT_RECORD, hubspotSelectors as s } from './selectors';

const key = () => recordKey('hubspot', new URL(location.href), HUBSPOT_RECORD);

/** HubSpot: the record email composer, and contact and company record pages (issue 7). */
export const hubspotAdapter: SiteAdapter = {
  id: 'hubspot',
  bodySelector: s.body,
  toComposer: (body) =>
    composerAround(body, {
      root: s.composeRoot,
      recipients: s.recipients,
      subject: s.subject,
      send: s.send,
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
