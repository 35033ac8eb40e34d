import type { Composer, Participant, SiteAdapter, SkipReason } from '../types';

/**
 * The playground's composer (components/PlaygroundComposer.tsx), as an adapter like any host site's:
 * the same runtime draws its warnings, card, chip and review. Its structure is Kept's own, so the
 * selectors are data attributes that exist for this purpose.
 */
export const playgroundSelectors = {
  body: '#kept-playground-editor',
  root: '[data-kept-composer]',
  recipient: '[data-recipient]',
  subject: '[data-subject]',
  send: '[data-send]',
} as const;

function toComposer(body: Element): Composer | SkipReason {
  const root = body.closest<HTMLElement>(playgroundSelectors.root);
  if (!(body instanceof HTMLElement) || !root)
    return { element: 'body', reason: 'playground editor outside its composer' };
  return {
    root,
    body,
    recipientSelector: playgroundSelectors.recipient,
    recipients: () =>
      [...root.querySelectorAll<HTMLElement>(playgroundSelectors.recipient)].map(
        (el): Participant => ({
          address: el.dataset.recipient!.toLowerCase(),
          name: el.textContent?.trim() || undefined,
        }),
      ),
    subject: () => root.querySelector(playgroundSelectors.subject)?.textContent?.trim() ?? '',
    sendButton: () => root.querySelector<HTMLElement>(playgroundSelectors.send),
    threadId: () => undefined,
    chip: { anchor: body, append: 'after' },
  };
}

/** The playground adapter. */
export const playgroundAdapter: SiteAdapter = {
  id: 'playground',
  bodySelector: playgroundSelectors.body,
  toComposer,
};
