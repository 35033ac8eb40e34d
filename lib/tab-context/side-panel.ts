import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/** Chrome's WINDOW_ID_CURRENT, for callers that could not learn their window id beforehand. */
const CURRENT_WINDOW = -2;

/**
 * Opens Kept's side panel in `windowId` (default: the current window): Chrome `sidePanel.open`,
 * Firefox `sidebarAction.open`. Both demand a user gesture, so call it synchronously from a click
 * handler, with the window id read earlier. Resolves false when the browser has neither API or refused.
 */
export function openSidePanel(windowId = CURRENT_WINDOW): Promise<boolean> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  const opened = api.sidePanel ? api.sidePanel.open({ windowId }) : api.sidebarAction?.open();
  if (!opened) return Promise.resolve(false);
  return opened.then(
    () => true,
    () => false,
  );
}
