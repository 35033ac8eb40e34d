import type { SkipReason, ThreadView } from '../types';
import { threadParticipants } from './recipients';
import { gmailSelectors as s } from './selectors';

/**
 * The open thread around its subject heading (`h2.hP`): participants from the message headers of the
 * whole conversation view (`[role=main]`), the chip right after the subject.
 */
export function gmailThread(heading: Element): ThreadView | SkipReason {
  if (!(heading instanceof HTMLElement))
    return { element: 'thread', reason: 'not an HTML element' };
  const root = heading.closest<HTMLElement>('[role="main"]');
  if (!root) return { element: 'thread', reason: 'subject heading is outside the main view' };
  return {
    root,
    participantSelector: s.participants,
    participants: () => threadParticipants(root),
    subject: () => heading.textContent?.trim() ?? '',
    threadId: () => {
      const marker = root.querySelector(s.threadId) ?? heading.closest(s.threadId);
      return (
        marker?.getAttribute('data-thread-perm-id') ??
        marker?.getAttribute('data-legacy-thread-id') ??
        undefined
      );
    },
    chip: { anchor: heading, append: 'after' },
  };
}
