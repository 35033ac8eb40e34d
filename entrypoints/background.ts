/**
 * Background service worker. For now it only announces itself and answers a `ping`
 * so tests can prove the worker runs; the ledger, reminders and messaging land here
 * with their issues.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    console.info(`[Kept] installed (${reason})`);
  });

  // Open the side panel from the toolbar icon's context where the browser supports it.
  const sidePanel = (
    globalThis as { chrome?: { sidePanel?: { setPanelBehavior?: (o: object) => Promise<void> } } }
  ).chrome?.sidePanel;
  sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
});
