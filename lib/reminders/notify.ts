import { formatDue } from '../analysis/dates/format';
import type { Commitment } from '../model/entities';
import type { ReminderKind } from './plan';

/** Separates the parts of a notification id; ids never contain it (see idSchema). */
const SEP = '|';

/**
 * The notification id: kind, commitment and client. The client id is in the id itself because a
 * click must open the side panel synchronously (the user gesture ends at the first await).
 */
export const notificationId = (kind: ReminderKind, commitmentId: string, clientId: string) =>
  ['kept', kind, commitmentId, clientId].join(SEP);

/** The client id of one of Kept's reminder notifications, or undefined for any other. */
export function clientOfNotification(id: string): string | undefined {
  const [prefix, kind, , clientId] = id.split(SEP);
  return prefix === 'kept' && (kind === 'soon' || kind === 'overdue') ? clientId : undefined;
}

/**
 * The title and body of a reminder, in English or Simplified Chinese, its date written as Kept's
 * screens write it ("Fri 4 Dec, 15:00" / "12月4日 周五 15:00"; the year only when it is not `now`'s).
 */
export function reminderText(
  kind: ReminderKind,
  commitment: Commitment,
  clientName: string,
  lang: 'en' | 'zh',
  timeZone: string,
  now: number,
): { title: string; message: string } {
  const due = new Date(commitment.dueAt).toISOString();
  const when = formatDue(due, { now: new Date(now), timeZone }, lang);
  const title =
    lang === 'zh'
      ? `${kind === 'soon' ? `${when} 到期` : '已逾期'} · ${clientName}`
      : `${kind === 'soon' ? `Due ${when}` : 'Overdue'} · ${clientName}`;
  const message = commitment.action || commitment.text;
  return { title, message: message.length > 300 ? `${message.slice(0, 299)}…` : message };
}
