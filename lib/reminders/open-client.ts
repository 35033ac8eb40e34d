import { browser } from 'wxt/browser';
import { clientOfNotification } from './notify';

/** Where the side panel finds the client to show (written by the background, read by the panel). */
export const FOCUS_CLIENT_KEY = 'kept.focusClientId';

interface SidePanelApi {
  open(options: { windowId?: number; tabId?: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/** Chrome's WINDOW_ID_CURRENT: the window the user is in, known without an await. */
const CURRENT_WINDOW = -2;

/**
 * Opens Kept's side panel (Chrome `sidePanel`, Firefox `sidebarAction`) on a client. Must be called
 * synchronously inside the user's gesture (a notification click, a chip click relayed by message):
 * the open call goes first, before any await, and the client id is stored alongside for the panel.
 */
export function openClientPanel(clientId: string, target: { tabId?: number } = {}): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  const opened = api.sidePanel
    ? api.sidePanel.open(
        target.tabId !== undefined ? { tabId: target.tabId } : { windowId: CURRENT_WINDOW },
      )
    : api.sidebarAction?.open();
  const stored = browser.storage.session.set({ [FOCUS_CLIENT_KEY]: clientId });
  return Promise.all([opened, stored]).then(() => undefined);
}

/** Handles a click on one of Kept's reminders: opens the side panel on that client. */
export function handleNotificationClick(id: string): Promise<void> | undefined {
  const clientId = clientOfNotification(id);
  if (!clientId) return undefined;
  const opened = openClientPanel(clientId);
  void browser.notifications.clear(id);
  return opened;
}

/** The client the side panel should show, as last set by the background (side panel side). */
export async function readFocusClient(): Promise<string | undefined> {
  const value = (await browser.storage.session.get(FOCUS_CLIENT_KEY))[FOCUS_CLIENT_KEY];
  return typeof value === 'string' ? value : undefined;
}

/** Calls `onChange` whenever the background asks the side panel to show another client. */
export function watchFocusClient(onChange: (clientId: string) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[FOCUS_CLIENT_KEY]?.newValue;
    if (area === 'session' && typeof next === 'string') onChange(next);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
