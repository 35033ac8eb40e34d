import type { Placement } from '../types';
import { closestDeep, deepQueryAll, outerFrame } from '../../dom/deep-query';
import { CONTROL, isSendLike } from './send-words';

/**
 * A composer's parts around its editor, as adapters find them: its container, its Send control, and
 * where a chip may go without touching the editor.
 */

/** The first Send-like control under `root` (piercing), matching `selector` or by its label. */
export function sendIn(root: ParentNode & Node, selector?: string): HTMLElement | null {
  if (selector) {
    const exact = deepQueryAll<HTMLElement>(root, selector)[0];
    if (exact) return exact;
  }
  return deepQueryAll<HTMLElement>(root, CONTROL).find(isSendLike) ?? null;
}

/**
 * The composer container of `body`: the closest ancestor matching `selector`, crossing shadow roots
 * and the frame an iframe editor lives in.
 */
export function rootOf(body: Element, selector: string): HTMLElement | null {
  return closestDeep<HTMLElement>(body, selector);
}

/**
 * Where a composer's chip goes: after the editor, or after the `<iframe>` when the editor is a
 * frame's `<body>` (CKEditor 4, TinyMCE), so the chip never lands inside the draft's document.
 */
export function chipBeside(body: HTMLElement): Placement {
  const frame = body.localName === 'body' ? outerFrame(body.ownerDocument) : null;
  return frame ? { anchor: frame, append: 'after' } : { anchor: body, append: 'after' };
}
