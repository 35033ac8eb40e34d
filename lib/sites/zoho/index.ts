import { composerAround } from '../generic/composer';
import { recordKey } from '../generic/parts';
import { recordView } from '../generic/record';
import { editorSelectors } from '../generic/selectors';
import type { SiteAdapter } from '../types';
import { ZOHO_RECORD, zohoSelectors as s } from './selectors';

const key = () => recordKey('zoho', new URL(location.href), ZOHO_RECORD);

/** Zoho CRM: the "Send Mail" composer (CKEditor in an iframe) and Leads/Contacts/Accounts/Deals pages. */
export const zohoAdapter: SiteAdapter = {
  id: 'zoho',
  bodySelector: editorSelectors.rich,
  toComposer: (body) =>
    composerAround(body, {
      root: s.composeRoot,
      recipients: s.recipients,
      subject: s.subject,
      send: s.send,
      threadId: key,
    }),
  threadSelector: s.recordMarker,
  toThread: (marker) =>
    recordView(marker, {
      root: s.recordRoot,
      emails: s.recordEmails,
      domains: s.recordDomains,
      name: s.recordName,
      key,
    }),
};
