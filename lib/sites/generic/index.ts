import type { Composer, SiteAdapter, SkipReason } from '../types';
import { outerFrame } from '../../dom/deep-query';
import { QUOTED } from './composer';
import { participantsIn } from './addresses';
import { chipBeside, sendIn } from './controls';
import { editorSelectors as s, MIN_EDITOR, SEND_SEARCH_DEPTH } from './selectors';

/** Whether `editor` is one line or a nested editable (part of a bigger editor), so not a message. */
function notAMessage(editor: HTMLElement): string | null {
  if (editor.parentElement?.closest('[contenteditable="true"], [contenteditable=""]'))
    return 'nested inside another editable';
  if (editor.localName === 'textarea' && (editor as HTMLTextAreaElement).rows === 1)
    return 'a one-line textarea';
  const box = editor.getBoundingClientRect();
  // No layout (hidden, or a test DOM): let the Send check decide.
  if (box.width > 0 && (box.width < MIN_EDITOR.width || box.height < MIN_EDITOR.height))
    return 'too small to be a message';
  return null;
}

/**
 * The nearest ancestor of `editor` (a few levels up, never the whole page) holding a Send; for an
 * iframe editor's `<body>`, counted from the `<iframe>`.
 */
function composerRoot(editor: HTMLElement): HTMLElement | null {
  const start = editor.localName === 'body' ? outerFrame(editor.ownerDocument) : editor;
  let node: HTMLElement | null = start?.parentElement ?? null;
  for (let level = 0; node && level < SEND_SEARCH_DEPTH; level++, node = node.parentElement) {
    if (node.localName === 'body' || node.localName === 'html') return null;
    if (sendIn(node)) return node;
  }
  return null;
}

/**
 * Any site the user turned Kept on for (from the popup): a large multi-line editor — textarea,
 * contenteditable, or one of the rich editors in `selectors.ts` — with a Send-like control nearby.
 */
export function genericComposer(body: Element): Composer | SkipReason {
  if (body.nodeType !== 1 || !('hidden' in body))
    return { element: 'editor', reason: 'not an HTML element' };
  const editor = body as HTMLElement;
  const why = notAMessage(editor);
  if (why) return { element: 'editor', reason: why };
  const root = composerRoot(editor);
  if (!root) return { element: 'editor', reason: 'no Send-like control near the editor' };
  return {
    root,
    body: editor,
    excluded: QUOTED,
    recipientSelector: s.recipients,
    recipients: () => participantsIn(root, s.recipients),
    subject: () => root.querySelector<HTMLInputElement>(s.subject)?.value.trim() ?? '',
    sendButton: () => sendIn(root),
    threadId: () => undefined,
    chip: chipBeside(editor),
  };
}

/** The generic adapter: composers only (an arbitrary site has no known record pages). */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  bodySelector: s.anyEditable,
  toComposer: genericComposer,
};
