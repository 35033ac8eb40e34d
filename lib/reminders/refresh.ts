import type { KeptDatabase } from '../db/database';
import { rebuildAlarms } from './alarms';
import { updateBadge } from './badge';
import { reminderEnv } from './env';

/**
 * Returns a function that rebuilds alarms and the badge, one run at a time: calls made during a run
 * are merged into one more run after it, so two rebuilds never interleave their clear-and-create.
 */
export function createReminderRefresher(db: KeptDatabase, clock: () => number) {
  let running: Promise<void> | undefined;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      const now = clock();
      await rebuildAlarms(db, now, await reminderEnv(db));
      await updateBadge(db, now);
    } while (again);
  };
  return function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = run()
      .catch((error: unknown) => console.error('[Kept] reminders not rebuilt', error))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
}
