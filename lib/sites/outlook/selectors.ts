/**
 * Outlook on the web selectors, from facts known from public sources,
 * checked against `test/fixtures/outlook/outlook-reply-2026-11.html` (reading pane and
 * inline reply) and `test/fixtures/outlook/outlook-compose-2026-11.html` (pop-out new message). `aria-label` text is
 * localised and never matched; the Send button has no public structural hook, so it is found by its
 * label (`generic/send-words.ts`).
 */
export const outlookSelectors = {
  /** The message body: the one multi-line contenteditable of a compose form (Briskine's `[aria-multiline]`). */
  body: '[contenteditable="true"][aria-multiline="true"]',
  /** The compose form: the pop-out's `[data-app-section="Form_Content"]`, else `[role=main]`. */
  composeRoot: '[data-app-section="Form_Content"], [role="main"]',
  /**
   * To/Cc/Bcc wells are the one-line contenteditables: resolved chips inside them (textContainer-,
   * individualText-), and an address typed but not yet resolved as the well's own text.
   */
  recipients:
    '[contenteditable="true"]:not([aria-multiline="true"]), [contenteditable="true"]:not([aria-multiline="true"]) [class*="individualText-"]',
  /** The subject is the last one-line text input of the form. */
  subject: 'input[type="text"][autocomplete="off"]',
  /** Reading pane (older OWA's `.item-reading-pane`, per Mailvelope) and its personas. */
  readingPane: '.item-reading-pane',
  personas: '.lpc-hoverTarget, [data-selection-index] .lpc-hoverTarget',
  readingSubject: '[role="heading"]',
  /** The signed-in user, whose own persona is not a participant. */
  me: '#O365_MainLink_Me',
} as const;

/** Outlook's hosts. */
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

/** A message's id in OWA URLs: `/mail/inbox/id/<id>`, `/mail/deeplink/...?ItemID=` is not a thread. */
export const OUTLOOK_ITEM = /\/mail\/(?:[^#?]*\/)?id\/([^/?#]+)/;
