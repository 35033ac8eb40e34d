/**
 * Zoho CRM selectors. Record facts known from public sources ("Send Mail" is `#sendEntityMailLink`, `data-zcqa` test ids, the record URL); the mail composer's
 * container and hooks are assumptions in Zoho's `data-zcqa` style. Its body is CKEditor 4 in an
 * about:blank iframe. Checked against `test/fixtures/zoho/zoho-lead-2026-11.html`.
 */
export const zohoSelectors = {
  composeRoot: 'crm-mail-compose, [data-zcqa="mailCompose"], lyte-modal, [role="dialog"]',
  recipients: '[data-zcqa^="mail_to"] *, [data-zcqa^="mail_cc"] *, .emailChip',
  subject: '[data-zcqa="mail_subject"], input[name="subject"]',
  send: '[data-zcqa="mail_send"]',
  /** A record detail page is marked by its "Send Mail" link. */
  recordMarker: '#sendEntityMailLink',
  recordRoot: '#detailView, body',
  recordName: '[data-zcqa="detailView_Full_Name"], [id^="headervalue_"]',
  recordEmails: 'a[href^="mailto:"]',
  recordDomains: '[data-zcqa="detailView_Website"]',
} as const;

/** `/crm/{orgId}/tab/{Leads|Contacts|Accounts|Potentials|Deals}/{id}` (Potentials are Deals). */
export const ZOHO_RECORD = /\/crm\/([^/]+)\/tab\/(Leads|Contacts|Accounts|Potentials|Deals)\/(\d+)/;

/** crm.zoho.com and its regional domains. */
export const ZOHO_HOSTS = [
  'crm.zoho.com',
  'crm.zoho.eu',
  'crm.zoho.in',
  'crm.zoho.com.au',
  'crm.zoho.jp',
  'crm.zoho.com.cn',
];
