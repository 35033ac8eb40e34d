import { browser } from 'wxt/browser';
import type { KeptDatabase } from '../db/database';
import { overdueCount } from '../db/queries';

/** The toolbar badge: the number of overdue commitments, nothing when there are none. */
export async function updateBadge(db: KeptDatabase, now: number): Promise<number> {
  const overdue = await overdueCount(db, now);
  await browser.action.setBadgeText({ text: overdue > 0 ? String(Math.min(overdue, 999)) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  return overdue;
}
