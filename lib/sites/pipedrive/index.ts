import { composerAround } from '../generic/composer';
import { recordKey } from '../generic/parts';
import { recordView } from '../generic/record';
import { editorSelectors } from '../generic/selectors';
import type { SiteAdapter } from '../types';
import { PIPEDRIVE_RECORD, pipedriveSelectors as s } from './selectors';

const key = () => recordKey('pipedrive', new URL(location.href), PIPEDRIVE_RECORD);

/** Pipedrive: the email composer, and person, organization and deal pages (issue 7). */
export const pipedriveAdapter: SiteAdapter = {
  id: 'pipedrive',
  bodySelector: editorSelectors.rich,
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
