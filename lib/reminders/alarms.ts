import { browser, type Browser } from 'wxt/browser';
import type { KeptDatabase } from '../db/database';
import { getSettings } from '../db/queries';
import { NO_DUE_AT } from '../model/entities';
import { updateBadge } from './badge';
import { readFired, rememberFired } from './fired-store';
import { notificationId, reminderText } from './notify';
import {
  ALARM_PREFIX,
  MAX_ALARMS,
  OVERDUE_GRACE_MS,
  REFILL_ALARM,
  firedKey,
  parseAlarmName,
  planReminders,
} from './plan';

/** The environment the wiring reads: the user's time zone and UI language. */
export interface ReminderEnv {
  timeZone: string;
  lang: 'en' | 'zh';
}

/**
 * Makes the browser's alarms match the plan derived from the database: Kept alarms not in the plan
 * are cleared, missing or moved ones created. Idempotent, so it runs on every service worker start and
 * after every write: alarms are named by commitment id, none is doubled and, since the database is the
 * only source, none is lost.
 */
export async function rebuildAlarms(
  db: KeptDatabase,
  now: number,
  env: ReminderEnv,
): Promise<void> {
  const settings = await getSettings(db);
  const candidates = await db.commitments
    .where('[status+dueAt]')
    .between(['open', now - OVERDUE_GRACE_MS], ['open', NO_DUE_AT], true, false)
    .limit(MAX_ALARMS)
    .toArray();
  const planned = planReminders({
    commitments: candidates,
    lead: settings.reminderLead,
    timeZone: env.timeZone,
    now,
    fired: await readFired(),
    moreFrom: candidates.length === MAX_ALARMS ? candidates.at(-1)!.dueAt : undefined,
  });
  // Diff rather than clear-all: after a typical write only one commitment's alarms change.
  const wanted = new Map(planned.map((a) => [a.name, a.when]));
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  const have = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  await Promise.all([
    ...existing.filter((a) => !wanted.has(a.name)).map((a) => browser.alarms.clear(a.name)),
    ...planned
      .filter((a) => have.get(a.name) !== a.when)
      .map((a) => browser.alarms.create(a.name, { when: a.when })),
  ]);
}

/**
 * Handles one of Kept's alarms: shows the reminder if the commitment is still open and the reminder
 * still applies (a rescheduled or completed commitment stays quiet), refreshes the badge, and
 * rebuilds on a refill alarm. Other extensions' alarms never reach here (alarms are per extension).
 */
export async function handleAlarm(
  db: KeptDatabase,
  alarm: Pick<Browser.alarms.Alarm, 'name'>,
  now: number,
  env: ReminderEnv,
): Promise<void> {
  if (alarm.name === REFILL_ALARM) return rebuildAlarms(db, now, env);
  const parsed = parseAlarmName(alarm.name);
  if (!parsed) return;
  const commitment = await db.commitments.get(parsed.commitmentId);
  const relevant =
    commitment?.status === 'open' &&
    commitment.dueAt !== NO_DUE_AT &&
    (parsed.kind === 'soon' ? now < commitment.dueAt : now >= commitment.dueAt);
  if (commitment && relevant) {
    const client = await db.clients.get(commitment.clientId);
    const name = client?.name ?? '';
    const text = reminderText(parsed.kind, commitment, name, env.lang, env.timeZone, now);
    await browser.notifications.create(
      notificationId(parsed.kind, commitment.id, commitment.clientId),
      { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), ...text },
    );
    await rememberFired(firedKey(alarm.name, commitment.dueAt), now);
  }
  await updateBadge(db, now);
}

/** Kept's reminder alarms as the browser holds them (for tests and diagnostics). */
export async function keptAlarms(): Promise<Browser.alarms.Alarm[]> {
  return (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
}
