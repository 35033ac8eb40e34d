import type { EditorSurface } from '../dom/editor-surface';
import { onTabMessage } from '../messaging/tab-protocol';

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
 * `insertIntoDraft` once, for whichever registered draft the user focused last.
 */
export function registerDraft(surface: EditorSurface, signal: AbortSignal): void {
  const draft: OpenDraft = { surface, focusedAt: 0 };
  drafts.add(draft);
  surface.element.addEventListener('focus', () => (draft.focusedAt = ++focusClock), { signal });
  signal.addEventListener('abort', () => drafts.delete(draft), { once: true });
  if (serving) return;
  serving = true;
  onTabMessage({ insertIntoDraft: async ({ text }) => ({ inserted: insertIntoDraft(text) }) });
}

/**
 * Inserts `text` into the most recently focused draft: at the caret when it is in the draft,
 * otherwise after the writer's own text (before quoted history and the signature). It goes through
 * the editor's editing commands, so Ctrl+Z takes it out again. Returns false when no draft is open.
 */
export function insertIntoDraft(text: string): boolean {
  const target = [...drafts]
    .filter((d) => d.surface.element.isConnected)
    .sort((a, b) => b.focusedAt - a.focusedAt)[0];
  if (!target) return false;
  const { surface } = target;
  const snapshot = surface.read();
  const caret = surface.caret();
  const atCaret = caret ? snapshot.offsetAt(caret.node, caret.offset) : null;
  const offset = atCaret ?? snapshot.text.trimEnd().length;
  const range = snapshot.range(offset, offset);
  if (!range) return false;
  const before = snapshot.text.slice(0, offset);
  const separator = before.trim() === '' || before.endsWith('\n') ? '' : '\n\n';
  return surface.replace(range, separator + text);
}
