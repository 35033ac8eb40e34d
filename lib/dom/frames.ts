import { outerFrame } from './deep-query';

/**
 * Coordinates across frames. An editor inside a same-origin iframe reports its ranges and pointer
 * positions relative to that iframe's viewport, while Kept's cards live in the top document (never in
 * the editor's own document, whose `<body>` is the draft in CKEditor 4 and TinyMCE).
 */

/** How far the viewport of the frame showing `doc` is from the top document's viewport. */
function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let frame = outerFrame(doc); frame; frame = outerFrame(frame.ownerDocument)) {
    const box = frame.getBoundingClientRect();
    x += box.left + frame.clientLeft;
    y += box.top + frame.clientTop;
  }
  return { x, y };
}

/** `rect` (in the coordinates of `doc`'s viewport) in the top document's viewport. */
export function toTopRect(rect: DOMRect, doc: Document): DOMRect {
  const { x, y } = frameOffset(doc);
  return new DOMRect(rect.left + x, rect.top + y, rect.width, rect.height);
}
