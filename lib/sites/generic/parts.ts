import { closestDeep, deepQueryAll, outerFrame } from '../../dom/deep-query';
import type { Participant, Placement } from '../types';
import { CONTROL, isSendLike } from './send-words';

/**
 * Small pieces every CRM and webmail adapter of issue 7 is built from: addresses out of fields and
 * links, a Send control near an editor, and where a chip may go without touching the editor.
 */

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** Every email address in `text`, lower-cased, in order, without repeats. */
export function emailsIn(text: string): string[] {
  return [...new Set((text.match(EMAIL) ?? []).map((a) => a.toLowerCase()))];
}

/**
 * The addresses shown by `elements`: in their text, their `value` (inputs), `mailto:` links, and the
 * attributes hosts keep addresses in (`title`, `data-email`, `data-hovercard-id`, `aria-label`). A name
 * is taken from the element's text when it is not itself the address.
 */
export function participantsOf(elements: Iterable<Element>): Participant[] {
  const found = new Map<string, Participant>();
  for (const element of elements) {
    const href = element.getAttribute('href') ?? '';
    const sources = [
      href.startsWith('mailto:') ? decodeURIComponent(href.slice(7).split('?')[0]!) : '',
      (element as HTMLInputElement).value ?? '',
      element.getAttribute('data-email') ?? '',
      element.getAttribute('data-hovercard-id') ?? '',
      element.getAttribute('title') ?? '',
      element.getAttribute('aria-label') ?? '',
      element.textContent ?? '',
    ];
    const text = (element.textContent ?? '')
      .replace(EMAIL, '')
      .replace(/[<>()]/g, '')
      .trim();
    for (const address of emailsIn(sources.join(' '))) {
      if (found.has(address)) continue;
      const name = text && text.length <= 80 && emailsIn(sources[6]!).length <= 1 ? text : '';
      found.set(address, name ? { address, name } : { address });
    }
  }
  return [...found.values()];
}

/** The participants shown under `root` (piercing shadow roots and frames) by `selector`. */
export function participantsIn(root: ParentNode & Node, selector: string): Participant[] {
  return participantsOf(deepQueryAll(root, selector));
}

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

/** A record's identity in the URL: the path without query, hash-route included, for record links. */
export function recordKey(site: string, url: URL, pattern: RegExp): string | undefined {
  const match = pattern.exec(url.pathname + url.hash);
  return match ? `${site}:${match.slice(1).join('/')}` : undefined;
}
