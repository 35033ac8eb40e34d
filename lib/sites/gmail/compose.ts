import type { Composer, SkipReason } from '../types';
import { composeRecipients } from './recipients';
import { gmailSelectors as s } from './selectors';

/** The first Send control inside `root`, by structure (the label is localised). */
function sendButton(root: HTMLElement): HTMLElement | null {
  for (const selector of s.send) {
    const button = root.querySelector<HTMLElement>(selector);
    if (button) return button;
  }
  return null;
}

/** The subject of a composer; inline replies have none of their own, so the thread's subject. */
function subject(root: HTMLElement): string {
  const input =
    root.querySelector<HTMLInputElement>(s.subject) ??
    root.querySelector<HTMLInputElement>(s.subjectHidden);
  if (input?.value) return input.value;
  return root.ownerDocument.querySelector(s.threadSubject)?.textContent?.trim() ?? '';
}

/**
 * A Gmail compose surface around an editable body: the new-message window (several may be open), the
 * pop-out or full-screen compose, an inline reply or forward. Each part is looked up inside the
 * nearest compose container, so two open composers never see each other's recipients or Send.
 */
export function gmailComposer(body: Element): Composer | SkipReason {
  if (!(body instanceof HTMLElement)) return { element: 'body', reason: 'not an HTML element' };
  const root = body.closest<HTMLElement>(s.composeRoot);
  if (!root)
    return { element: 'body', reason: 'editable body is not inside a known compose container' };
  return {
    root,
    body,
    excluded: s.excluded,
    recipientSelector: [s.recipientChip, s.recipientHidden].join(', '),
    recipients: () => composeRecipients(root),
    subject: () => subject(root),
    sendButton: () => sendButton(root),
    threadId: () =>
      root.querySelector<HTMLInputElement>(s.threadLink)?.value ||
      root.querySelector<HTMLInputElement>(s.draftId)?.value ||
      undefined,
    // After the body, inside its own wrapper: never inside the editor (its DOM must stay identical).
    chip: { anchor: body, append: 'after' },
  };
}
