/**
 * HubSpot selectors. Record facts known from public sources (`highlightTitle`,
 * `contact-highlight-details`, the record URL); the composer has no public selector, so its hooks
 * are HubSpot-style `data-selenium-test` guesses backed by structure (a dialog around a
 * contenteditable, Send by label). Checked against `test/fixtures/hubspot/hubspot-contact-2026-11.html`
 * and `test/fixtures/hubspot/hubspot-company-2026-11.html`.
 */
export const hubspotSelectors = {
  body: '[contenteditable="true"]',
  composeRoot: '[data-selenium-test*="communicator"], [role="dialog"]',
  recipients: '[data-selenium-test*="recipient"] [data-email], [data-email]',
  subject: 'input[data-selenium-test*="subject"], input[type="text"]',
  send: '[data-selenium-test*="send-button"]',
  recordTitle: '[data-selenium-test="highlightTitle"]',
  recordRoot: '[data-selenium-test="record-page"], main, body',
  recordEmails: 'a[href^="mailto:"]',
  recordDomains: '[data-selenium-test*="domain"]',
} as const;

/** Record URLs: current `/contacts/{portal}/record/{type}/{id}`, legacy `/contacts/{portal}/contact/{id}`. */
export const HUBSPOT_RECORD = /\/contacts\/(\d+)\/(?:record\/)?([\w-]+)\/(\d+)/;

/** HubSpot's hosts. */
export const HUBSPOT_HOSTS = ['app.hubspot.com', 'app-eu1.hubspot.com'];
