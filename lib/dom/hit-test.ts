import type { DomPoint } from './text-map';

/** Extra pixels below a line that still count as the underline (the wavy line sits under the text). */
const SLOP = 3;

/**
 * The index of the range drawn under the point `(x, y)`, or -1. Tests the ranges' own line boxes
 * rather than `caretPositionFromPoint`, which snaps to the nearest caret position and so reports a
 * finding when the pointer is past the end of its line.
 */
export function rangeAtPoint(ranges: readonly Range[], x: number, y: number): number {
  for (let i = 0; i < ranges.length; i++) {
    for (const rect of ranges[i]!.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom + SLOP) return i;
    }
  }
  return -1;
}

/** The index of the range holding the caret (ends inclusive, so a caret just after a word counts). */
export function rangeAtCaret(ranges: readonly Range[], caret: DomPoint): number {
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    try {
      if (range.comparePoint(caret.node, caret.offset) === 0) return i;
    } catch {
      // A caret in another document or a detached node is in no range.
    }
  }
  return -1;
}
