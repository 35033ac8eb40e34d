/**
 * Fxiaoke (纷享销客) selectors. Nothing about Fxiaoke's DOM is public, so the composers are found by structure — a rich editor or a
 * multi-line textarea with a 发送/发布 control nearby (the generic rule) — and the record by the
 * detail route in the URL hash plus assumed hooks. Checked against
 * `test/fixtures/fxiaoke/fxiaoke-customer-2026-11.html`.
 */
export const fxiaokeSelectors = {
  /** Sales-record feed boxes are plain textareas; the mail composer is TinyMCE in an iframe. */
  body: 'textarea',
  composeRoot: '.crm-mail-compose, .crm-feed-publish, [role="dialog"]',
  recipients: '[data-email], .mail-receiver',
  subject: '.mail-subject, input[name="subject"]',
  recordTitle: '.crm-detail-title',
  /** A sales record (销售记录) has no recipients: it is about the customer whose page it is on. */
  recordHeader: '.crm-detail-header',
  recordRoot: '.crm-detail, body',
  recordEmails: 'a[href^="mailto:"]',
  recordDomains: '[data-field="website"]',
} as const;

/** `#crm/detail/=/{ApiName}/{id}` in the hash (customers are AccountObj, contacts ContactObj). */
export const FXIAOKE_RECORD = /#crm\/detail\/=\/(\w+Obj)\/(\w+)/;

/** Fxiaoke's hosts end with this. */
export const FXIAOKE_SUFFIX = '.fxiaoke.com';
