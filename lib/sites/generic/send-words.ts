/**
 * What a Send control says, in the languages Kept's users write in. Most hosts below publish no
 * stable attribute for Send (SELECTORS.md: "No open-source selector for the composer was found" for
 * HubSpot, Pipedrive and Salesforce), so where an adapter has no structural selector it recognises
 * Send by its label: the whole label must be one of these words, so "Send later" or "Resend" never
 * count, and "发送" or "Senden" do.
 */
const SEND_WORDS = [
  'send',
  'send email',
  'send mail',
  'send now',
  'send reply',
  'reply',
  'post',
  'senden',
  'envoyer',
  'enviar',
  'invia',
  'verzenden',
  '送信',
  '发送',
  '發送',
  '傳送',
  '发送邮件',
  '发布',
  '回复',
];

/** The words of a label, lower-cased, without icons' private-use characters or punctuation. */
function normalise(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a control's visible text, `aria-label` or `title` says "Send" (and nothing else). */
export function isSendLike(element: Element): boolean {
  const labels = [
    element.textContent ?? '',
    element.getAttribute('aria-label') ?? '',
    element.getAttribute('title') ?? '',
    (element as HTMLInputElement).value ?? '',
  ];
  return labels.some((label) => SEND_WORDS.includes(normalise(label)));
}

/** The elements that can be a Send control. */
export const CONTROL =
  'button, [role="button"], input[type="submit"], input[type="button"], a[href]';
