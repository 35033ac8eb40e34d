/**
 * Gmail selectors. Each was checked against a saved page:
 * - the real compose window saved in Oct 2020, kept beside the repository rather than in it
 *   (`gmail-real.e2e.ts` runs on it when present): classic `textarea[name=to]` recipients, `div.dC` Send
 * - `test/fixtures/gmail/gmail-compose-2026-11.html` (new message with recipient chips, German labels)
 * - `test/fixtures/gmail/gmail-thread-2026-11.html` (open thread, several messages, inline reply)
 * - `test/fixtures/gmail/gmail-popout-2026-11.html` (pop-out / full-screen compose `div.AD`)
 * Facts known from public sources. Localised attributes (`aria-label`,
 * `data-tooltip`) are never matched: roles, names and Gmail's own attributes only.
 */
export const gmailSelectors = {
  /** The editable message body of any compose surface. */
  body: 'div[role="textbox"][g_editable="true"][contenteditable="true"]',
  /** Compose containers, innermost first: new message (`.M9`), pop-out (`.AD`), inline reply. */
  composeRoot: 'div.M9, div.AD, div.nr, td.I5',
  /** Not the writer's new text: quoted history, Gmail's hidden trimmed content, the signature. */
  excluded: [
    '.gmail_quote',
    '.gmail_extra',
    'blockquote',
    '.gmail_signature',
    '[data-smartmail="gmail_signature"]',
    '.ajR',
    '.adL',
    '[hidden]',
    '[style*="display: none"]',
    '[style*="display:none"]',
  ].join(', '),
  /** Recipients, current UI: chips carrying the address in `data-hovercard-id`. */
  recipientChip:
    'div[name="to"] [data-hovercard-id], div[name="cc"] [data-hovercard-id], div[name="bcc"] [data-hovercard-id]',
  /** Recipients, classic UI: one hidden input per recipient, and the typed textareas. */
  recipientHidden:
    '.vR input[type="hidden"], .GS input[type="hidden"][name="to"], .GS input[type="hidden"][name="cc"], .GS input[type="hidden"][name="bcc"]',
  recipientText: 'textarea[name="to"], textarea[name="cc"], textarea[name="bcc"]',
  subject: 'input[name="subjectbox"]',
  subjectHidden: 'input[type="hidden"][name="subject"]',
  /** Send, not "send options" (`aria-haspopup`) nor send+archive (`.Uo`), in order of preference. */
  send: [
    'div.dC > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    'div.T-I.aoO[role="button"]',
  ],
  threadLink: 'input[type="hidden"][name="rt"]',
  draftId: 'input[type="hidden"][name="draft"]',
  /** Open thread: its subject, the participants, the thread id. */
  threadSubject: 'h2.hP',
  participants: 'span.gD[email], span.g2[email], .hb span[email]',
  threadId: '[data-thread-perm-id], [data-legacy-thread-id]',
} as const;
