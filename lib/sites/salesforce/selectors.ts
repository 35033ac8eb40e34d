/**
 * Salesforce Lightning selectors. From public sources (the record URL, and that Lightning renders in shadow DOM); no public composer selector exists, so
 * these are SLDS class names (Salesforce's published design system, stable across orgs) and
 * Lightning component names. Everything is searched through open shadow roots (the adapter runs with
 * `deep`). Checked against `test/fixtures/salesforce/salesforce-contact-2026-11.html`.
 */
export const salesforceSelectors = {
  composeRoot: '.slds-docked-composer, force-email-composer, [role="dialog"]',
  recipients: '.slds-pill[data-email], .slds-pill, [data-email]',
  subject: 'input[name="subject"]',
  recordTitle: '.slds-page-header__title',
  recordRoot: 'records-record-page, .oneContent, body',
  recordEmails: 'a[href^="mailto:"]',
  recordDomains: 'lightning-formatted-url a',
} as const;

/** `/lightning/r/{Object}/{15- or 18-character id}/view`. */
export const SALESFORCE_RECORD = /\/lightning\/r\/(\w+)\/(\w{15,18})\/view/;

/** Lightning's hosts end with this (`*.lightning.force.com`). */
export const SALESFORCE_SUFFIX = '.lightning.force.com';
