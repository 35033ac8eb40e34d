import { browser } from 'wxt/browser';

/**
 * Rebuilds reminders now (every service worker start: install, update, wake-up) and on every browser
 * start. A browser start does not always wake the worker before an alarm is due, and browsers may
 * drop alarms across a restart, so `runtime.onStartup` rebuilds them from the database too.
 * `refresh` is idempotent (lib/reminders/refresh.ts), so both running is harmless.
 */
export function rebuildRemindersOnStart(refresh: () => Promise<void>): void {
  browser.runtime.onStartup.addListener(() => void refresh());
  void refresh();
}
