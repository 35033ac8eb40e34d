import type { Composer, Participant, SkipReason } from '../types';
import { deepQueryAll } from '../../dom/deep-query';
import { participantsIn } from './addresses';
import { chipBeside, rootOf, sendIn } from './controls';

/** Not the writer's new text, on any of these hosts: quoted history, forwarded mail, signatures. */
export const QUOTED = [
  'blockquote',
  '.gmail_quote',
  '[id^="divRplyFwdMsg"]',
  '#appendonsend ~ *',
  '[id^="Signature"]',
  '.signature',
  '[data-signature]',
  '[hidden]',
].join(', ');

/** Where one site keeps the parts of a composer around its editor. */
export interface ComposerSpec {
  /** The composer container (closest ancestor of the editor, across frames and shadow roots). */
  root: string;
  /** Fields and chips that hold the recipients' addresses. */
  recipients: string;
  subject?: string;
  /** A structural Send selector, when the site has one; otherwise Send is found by its label. */
  send?: string;
  excluded?: string;
  /** The record or conversation this composer writes from (a record key, see `parts.recordKey`). */
  threadId?: () => string | undefined;
  /** Who a composer without recipient fields writes about (a CRM note: the record's people). */
  about?: (root: HTMLElement) => Participant[];
}

/**
 * A composer around `body` as `spec` describes it. Each part is looked up inside the composer's own
 * container, so two open composers never see each other's recipients or Send.
 */
export function composerAround(body: Element, spec: ComposerSpec): Composer | SkipReason {
  // By node type, not `instanceof`: an iframe editor's body belongs to the frame's realm.
  if (body.nodeType !== 1 || !('hidden' in body))
    return { element: 'body', reason: 'not an HTML element' };
  const editor = body as HTMLElement;
  const root = rootOf(editor, spec.root);
  if (!root) return { element: 'body', reason: `editor is not inside ${spec.root}` };
  return {
    root,
    body: editor,
    excluded: spec.excluded ?? QUOTED,
    recipientSelector: spec.recipients,
    recipients: () => {
      const found = participantsIn(root, spec.recipients);
      return found.length > 0 || !spec.about ? found : spec.about(root);
    },
    subject: () => {
      // The last match: Outlook's subject is the last one-line text field of the form (SELECTORS.md).
      const field = spec.subject ? deepQueryAll<HTMLInputElement>(root, spec.subject).at(-1) : null;
      return (field?.value ?? field?.textContent ?? '').trim();
    },
    sendButton: () => sendIn(root, spec.send),
    threadId: spec.threadId ?? (() => undefined),
    chip: chipBeside(editor),
  };
}
