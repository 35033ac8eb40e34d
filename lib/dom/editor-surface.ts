import { extractText, type DomPoint, type TextSnapshot } from './text-map';

/**
 * What the composer runtime needs from an editor, whatever kind it is: read its text with a way back
 * to ranges, select a range, replace a range as an undoable edit, and tell where the caret is.
 * Contenteditable editors implement it here; textareas in `textarea-mirror.ts`.
 */
export interface EditorSurface {
  element: HTMLElement;
  read(): TextSnapshot;
  /** Selects `range` in the editor and scrolls it into view (a warning's "jump to"). */
  select(range: Range): void;
  /** Replaces `range` with `text` through the browser's editing commands, so Ctrl+Z undoes it. */
  replace(range: Range, text: string): boolean;
  /** The caret's position in the coordinates of the snapshot's ranges, if the caret is in the editor. */
  caret(): DomPoint | null;
  /** Where the `::highlight` rules must be installed for this editor's ranges. */
  styleTarget: Document | ShadowRoot;
}

/** A surface over a contenteditable element; `exclude` names subtrees that are not analysed. */
export function contentEditableSurface(element: HTMLElement, exclude?: string): EditorSurface {
  const doc = element.ownerDocument;
  const preserveNewlines = /pre/.test(getComputedStyle(element).whiteSpace);
  const selectOnly = (range: Range) => {
    element.focus({ preventScroll: true });
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range.cloneRange());
  };
  const root = element.getRootNode();
  return {
    element,
    // Inside a shadow tree (Salesforce), `::highlight` rules must be in that shadow root to apply.
    styleTarget: 'host' in root ? (root as ShadowRoot) : doc,
    read: () => extractText(element, { exclude, preserveNewlines }),
    select(range) {
      selectOnly(range);
      const target = range.startContainer.parentElement ?? element;
      target.scrollIntoView({ block: 'nearest' });
    },
    replace(range, text) {
      if (!element.contains(range.commonAncestorContainer)) return false;
      selectOnly(range);
      // execCommand is deprecated but it is the only edit the host's undo stack records.
      return doc.execCommand('insertText', false, text);
    },
    caret() {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0 || !selection.focusNode) return null;
      if (!element.contains(selection.focusNode)) return null;
      return { node: selection.focusNode, offset: selection.focusOffset };
    },
  };
}
