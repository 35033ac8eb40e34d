/**
 * Gmail selectors. Each was checked against a saved page:
 * - `../shared/fixtures/gmail/gmail-compose-2020-10.html` (the real compose window, Oct 2020)
 * - `test/fixtures/gmail/gmail-compose-2026-11.html` (our Gmail-shaped page with recipient chips)
 * Facts from `../shared/fixtures/gmail/SELECTORS.md`. The body's `aria-label` is localised, so we
 * match on role and Gmail's own `g_editable` attribute, never on label text.
 */
export const gmailSelectors = {
  /** The editable message body of any compose surface. */
  body: 'div[role="textbox"][g_editable="true"][contenteditable="true"]',
  /** The compose container: new-message window (`.M9`), pop-out/full-screen (`.AD`), inline reply (`.nr`, `td.I5`). */
  composeRoot: 'div.M9, div.AD, div.nr, td.I5, [role="dialog"]',
} as const;
