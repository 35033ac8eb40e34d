import type { Handlers } from '../messaging/router';
import { writeTabContext } from './tab-context';

/** The background's side of the tab context: a content script (or the playground) reports its tab's. */
export const contextHandlers = {
  async setTabContext({ context }, { sender }) {
    // The tab comes from the sender, never from the message: a page can only describe itself.
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await writeTabContext(tabId, context);
    return {};
  },
} satisfies Partial<Handlers>;
