/**
 * The built-in sites as the end-to-end tests drive them: each fixture on its real URL, how
 * to reach its editor, the line to type after, what to type, the word that gets underlined and the
 * Send control's name.
 */
export interface SiteCase {
  id: string;
  url: string;
  fixture: string;
  /** The editor's frame selector when it lives in an iframe. */
  frame?: string;
  /** The editor, inside `frame` when given. */
  editor: string;
  /** A line of the draft the caret is put at the end of before typing. */
  line: string;
  send: string;
  typed: string;
  /** The word of `typed` that is underlined. */
  flagged: string;
  /** Where this composer's chip is, when the page has more than one composer. */
  scope?: string;
}

const EN = ' We guarantee it will be live tomorrow.';

export const SITES: SiteCase[] = [
  {
    id: 'outlook',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D',
    fixture: 'outlook/outlook-reply-2026-11.html',
    editor: '[aria-multiline="true"][contenteditable="true"]',
    line: 'Thanks for your patience.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'outlook-new-message-popout',
    url: 'https://outlook.live.com/mail/0/deeplink/compose',
    fixture: 'outlook/outlook-compose-2026-11.html',
    editor: '[aria-multiline="true"][contenteditable="true"]',
    line: 'Here is the plan.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'hubspot',
    url: 'https://app.hubspot.com/contacts/2345678/record/0-1/901',
    fixture: 'hubspot/hubspot-contact-2026-11.html',
    editor: '[role="dialog"] [contenteditable="true"]',
    line: 'Thanks for the call.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'zoho',
    url: 'https://crm.zoho.eu/crm/org20001/tab/Leads/5000000123456',
    fixture: 'zoho/zoho-lead-2026-11.html',
    frame: 'iframe.cke_wysiwyg_frame',
    editor: 'body',
    line: 'Thanks for the call.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'salesforce',
    url: 'https://acme-dev.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
    fixture: 'salesforce/salesforce-contact-2026-11.html',
    editor: '.ql-editor',
    line: 'Thanks for the call.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'pipedrive',
    url: 'https://acme.pipedrive.com/person/42',
    fixture: 'pipedrive/pipedrive-person-2026-11.html',
    editor: '.ProseMirror',
    line: 'Thanks for the call.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'fxiaoke',
    url: 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/AccountObj/65a1b2c3d4',
    fixture: 'fxiaoke/fxiaoke-customer-2026-11.html',
    frame: '#mail_body_ifr',
    scope: '.crm-mail-compose',
    editor: 'body',
    line: '感谢您的耐心。',
    send: '发送',
    typed: '我们保证明天一定上线。',
    flagged: '保证',
  },
];
