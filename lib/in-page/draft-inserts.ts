import type { EditorSurface } from '../dom/editor-surface';
import { onTabMessage } from '../messaging/tab-protocol';
import { insertionOffset } from './insert-point';

/** A draft open in this page, and when the user last focused it. */
interface OpenDraft {
  surface: EditorSurface;
  focusedAt: number;
}

const drafts = new Set<OpenDraft>();
let focusClock = 0;
let serving = false;

/**
 * Makes a composer a target for the side panel's "Insert into draft". The page answers
 * `insertIntoDraft` once, for whichever registered draft the user focused last (never one the user
 * has not focused).
 */
export function registerDraft(surface: EditorSurface, signal: AbortSignal): void {
  const draft: OpenDraft = { surface, focusedAt: 0 };
  drafts.add(draft);
  surface.element.addEventListener('focus', () => (draft.focusedAt = ++focusClock), { signal });
  signal.addEventListener('abort', () => drafts.delete(draft), { once: true });
  if (serving) return;
  serving = true;
  onTabMessage({
    insertIntoDraft: async ({ text, html }) => ({ inserted: insertIntoDraft(text, html) }),
  });
}

/** Whether the editor takes formatting (a rich contenteditable, not a textarea or plain-text one). */
const takesHtml = (element: HTMLElement) =>
  element.isContentEditable && element.contentEditable !== 'plaintext-only';

/**
 * Inserts a block into the most recently focused draft: at the caret when it sits at the end of a line
 * of the writer's text, otherwise after the writer's own text, above the sign-off, the signature and
 * quoted history (`insertionOffset`). Where the editor takes formatting and `html` is given, the rich
 * version goes in, else `text`. Either way through the editor's editing commands, so Ctrl+Z takes it
 * out again (docs/ARCHITECTURE.md, "Never mutate the editor"). Returns false when no draft is open.
 */
export function insertIntoDraft(text: string, html?: string): boolean {
  // A draft the user never focused is nobody's choice: in a page whose frames each hold a draft
  // (a CRM's notes box beside its mail editor's iframe), each frame answers for its own drafts.
  const target = [...drafts]
    .filter((d) => d.surface.element.isConnected && d.focusedAt > 0)
    .sort((a, b) => b.focusedAt - a.focusedAt)[0];
  if (!target) return false;
  const { surface } = target;
  const snapshot = surface.read();
  const caret = surface.caret();
  const atCaret = caret ? snapshot.offsetAt(caret.node, caret.offset) : null;
  const offset = insertionOffset(snapshot.text, atCaret);
  const range = snapshot.range(offset, offset);
  if (!range) return false;
  const before = snapshot.text.slice(0, offset);
  const after = snapshot.text.slice(offset);
  const blankBefore = before.trim() === '' || before.endsWith('\n');
  if (html !== undefined && takesHtml(surface.element)) {
    const gap = '<div><br></div>';
    return insertHtml(
      surface.element,
      range,
      (blankBefore ? '' : gap) + html + (after.trim() ? gap : ''),
    );
  }
  const separator = blankBefore ? '' : '\n\n';
  const closing =
    after.trim() === '' || after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  return surface.replace(range, separator + text + closing);
}

/** `insertHTML` over `range`: the one rich edit the host's undo stack records, as `insertText` is for text. */
function insertHtml(element: HTMLElement, range: Range, html: string): boolean {
  if (!element.contains(range.commonAncestorContainer)) return false;
  const doc = element.ownerDocument;
  element.focus({ preventScroll: true });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // execCommand is deprecated but it is the only edit the host's undo stack records.
  return doc.execCommand('insertHTML', false, html);
}
