/**
 * Pipedrive selectors. Record facts known from public sources
 * (`.viewContainer .detailView.personDetails`, `.infoBlock`, `.fieldsList`, `data-test` attributes);
 * the composer has no public selector, so its `data-test` hooks are assumptions backed by structure
 * (ProseMirror editor, Send by label). Checked against `test/fixtures/pipedrive/pipedrive-person-2026-11.html`.
 */
export const pipedriveSelectors = {
  composeRoot: '[data-test*="email-composer"], [data-test*="mail-composer"], [role="dialog"], form',
  recipients: '[data-test*="recipient"], [data-email]',
  subject: '[data-test*="subject"]',
  send: '[data-test*="send-button"]',
  recordTitle: '.detailView [data-test="header-title"], .detailView h1',
  recordRoot: '.detailView',
  recordEmails: 'a[href^="mailto:"]',
  recordDomains: '[data-test*="website"] a',
} as const;

/** `/person/{id}`, `/organization/{id}`, `/deal/{id}`. */
export const PIPEDRIVE_RECORD = /\/(person|organization|deal)\/(\d+)/;

/** Pipedrive's hosts end with this (`{company}.pipedrive.com`). */
export const PIPEDRIVE_SUFFIX = '.pipedrive.com';
