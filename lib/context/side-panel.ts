import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/** Chrome's WINDOW_ID_CURRENT: lets `open` run before any await, inside the click's user gesture. */
const CURRENT_WINDOW = -2;

/**
 * Opens Kept's side panel in the current window: Chrome `sidePanel.open`, Firefox
 * `sidebarAction.open`. Both demand a user gesture, so call it synchronously from a click handler.
 * Resolves false when the browser has neither API or refused.
 */
export function openSidePanel(): Promise<boolean> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  const opened = api.sidePanel
    ? api.sidePanel.open({ windowId: CURRENT_WINDOW })
    : api.sidebarAction?.open();
  if (!opened) return Promise.resolve(false);
  return opened.then(
    () => true,
    () => false,
  );
}
