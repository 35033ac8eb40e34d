import { composerAround } from '../generic/composer';
import { participantsIn } from '../generic/addresses';
import { recordKey } from '../generic/record-site';
import type { Composer, SiteAdapter, SkipReason, ThreadView } from '../types';
import { OUTLOOK_ITEM, outlookSelectors as s } from './selectors';

const itemKey = () => recordKey('outlook', new URL(location.href), OUTLOOK_ITEM);

/** A new message, reply or forward in Outlook on the web (inline or popped out). */
export function outlookComposer(body: Element): Composer | SkipReason {
  return composerAround(body, {
    root: s.composeRoot,
    recipients: s.recipients,
    subject: s.subject,
    threadId: itemKey,
  });
}

/** The message open in the reading pane: its personas, without the signed-in user. */
export function outlookThread(pane: Element): ThreadView | SkipReason {
  if (pane.nodeType !== 1) return { element: 'reading pane', reason: 'not an element' };
  const root = pane as HTMLElement;
  const heading = root.querySelector(s.readingSubject);
  const me = root.ownerDocument.querySelector(s.me)?.getAttribute('title')?.trim();
  return {
    root,
    participantSelector: s.personas,
    participants: () => participantsIn(root, s.personas).filter((p) => !me || p.name !== me),
    subject: () => heading?.textContent?.trim() ?? '',
    threadId: itemKey,
    chip: heading ? { anchor: heading, append: 'after' } : { anchor: root, append: 'first' },
  };
}

/** Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com). */
export const outlookAdapter: SiteAdapter = {
  id: 'outlook',
  bodySelector: s.body,
  toComposer: outlookComposer,
  threadSelector: s.readingPane,
  toThread: outlookThread,
};
