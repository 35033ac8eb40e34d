import { forgetClosedTabs } from '@/lib/tab-context/store';
import { getDatabase } from '@/lib/db/database';
import { handlers } from '@/lib/messaging/handlers';
import { createRouter } from '@/lib/messaging/router';
import { announceSettingsChanged } from '@/lib/messaging/settings-changes';
import { handleAlarm } from '@/lib/reminders/alarms';
import { reminderEnv } from '@/lib/reminders/env';
import { handleNotificationClick } from '@/lib/reminders/open-client';
import { createReminderRefresher } from '@/lib/reminders/refresh';
import { rebuildRemindersOnStart } from '@/lib/reminders/startup';
import { forgetRevokedSites } from '@/lib/site-access';

/**
 * Background service worker: owns the database, serves the message protocol, keeps reminders and
 * the badge in step with the data. All logic is in lib/; this file only wires events to it. MV3 may
 * stop the worker at any moment, so nothing here keeps state that the database does not also hold.
 */
export default defineBackground(() => {
  const db = getDatabase();
  const refresh = createReminderRefresher(db, Date.now);

  const route = createRouter({
    db,
    handlers,
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    clock: Date.now,
    afterWrite: () => void refresh(),
    // Open tabs keep a copy of the settings: tell them to read again (lib/messaging/settings-changes).
    afterSettingsWrite: () => void announceSettingsChanged().catch(() => undefined),
  });
  // Only runtime.onMessage: onMessageExternal is never listened to, so web pages cannot reach Kept.
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  browser.alarms.onAlarm.addListener(async (alarm) => {
    await handleAlarm(db, alarm, Date.now(), await reminderEnv(db));
  });
  browser.notifications.onClicked.addListener((id) => {
    handleNotificationClick(id)?.catch((error: unknown) =>
      console.warn('[Kept] could not open the side panel', error),
    );
  });

  forgetClosedTabs();
  forgetRevokedSites();

  // Every worker start and every browser start: rebuild alarms from the database; idempotent.
  rebuildRemindersOnStart(refresh);

  const sidePanel = (
    globalThis as { chrome?: { sidePanel?: { setPanelBehavior?: (o: object) => Promise<void> } } }
  ).chrome?.sidePanel;
  sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
});
