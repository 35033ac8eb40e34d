import { openClientPanel } from '../../reminders/open-client';
import { writeTabContext } from '../../tab-context/store';
import type { Handlers } from '../router';

/**
 * The background's side of the tab context (a content script, or the playground, reports its tab's)
 * and of the chip's click, which opens the side panel.
 */
export const tabAndPanelHandlers = {
  async setTabContext({ context }, { sender }) {
    // The tab comes from the sender, never from the message: a page can only describe itself.
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await writeTabContext(tabId, context);
    return {};
  },

  // No await before openClientPanel: the chip click's user gesture must still be live when it runs.
  openClientView({ clientId }, { sender }) {
    return openClientPanel(clientId, { tabId: sender.tab?.id }).then(() => ({}));
  },
} satisfies Partial<Handlers>;
