import type { SiteAdapter } from '../types';
import { gmailComposer } from './compose';
import { gmailSelectors } from './selectors';
import { gmailThread } from './thread';

/** Gmail's adapter: every compose surface and the open thread. */
export const gmailAdapter: SiteAdapter = {
  id: 'gmail',
  bodySelector: gmailSelectors.body,
  toComposer: gmailComposer,
  threadSelector: gmailSelectors.threadSubject,
  toThread: gmailThread,
};
