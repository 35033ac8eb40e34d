/**
 * Selectors of the generic adapter and of the rich-text editors every CRM adapter recognises.
 * Editor markup is each editor's own, stable across the sites that embed it; checked against:
 * - CKEditor 4 in an about:blank iframe: `test/fixtures/zoho/zoho-lead-2026-11.html`
 * - TinyMCE in a srcdoc iframe: `test/fixtures/fxiaoke/fxiaoke-customer-2026-11.html`
 * - Quill in shadow roots: `test/fixtures/salesforce/salesforce-contact-2026-11.html`
 * - ProseMirror: `test/fixtures/pipedrive/pipedrive-person-2026-11.html`
 * - textarea and a stray contenteditable: `test/fixtures/generic/generic-support-2026-11.html`
 */
export const editorSelectors = {
  /** The editable surface of CKEditor 4/5, TinyMCE, Quill, ProseMirror, and ARIA multi-line boxes. */
  rich: [
    '.cke_editable[contenteditable="true"]',
    '.ck-editor__editable[contenteditable="true"]',
    '.mce-content-body[contenteditable="true"]',
    '.ql-editor[contenteditable="true"]',
    '.ProseMirror[contenteditable="true"]',
    '[contenteditable="true"][aria-multiline="true"]',
    '[contenteditable="true"][role="textbox"]',
  ].join(', '),
  /** Any editable the generic adapter considers (it then checks size and a Send nearby). */
  anyEditable:
    'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
  /** Where the generic adapter looks for recipients inside a composer. */
  recipients: 'input[type="email"], [data-email], a[href^="mailto:"]',
  subject: 'input[name*="subject" i], input[aria-label*="subject" i]',
} as const;

/** How many ancestors up from an editor the generic adapter looks for a Send-like control. */
export const SEND_SEARCH_DEPTH = 6;

/** Smaller editors are search boxes and one-line fields, not messages (CSS pixels). */
export const MIN_EDITOR = { width: 200, height: 60 } as const;
