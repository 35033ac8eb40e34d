/**
 * Looking into the parts of a page a plain `querySelectorAll` cannot see: open shadow roots
 * (Salesforce Lightning's native-shadow components) and the documents of same-origin and
 * `about:blank` iframes (CKEditor 4 and TinyMCE write their editable `<body>` into one). Closed shadow
 * roots and cross-origin frames stay invisible, as they must.
 */

/** A place elements can be searched and observed in. */
export type SearchRoot = ParentNode & Node;

/** The document of a same-origin frame, or null (cross-origin, or not loaded yet). */
export function frameDocument(frame: Element): Document | null {
  if (frame.localName !== 'iframe' && frame.localName !== 'frame') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    // Cross-origin access throws in some browsers instead of returning null.
    return null;
  }
}

/**
 * `root` and every open shadow root and same-origin frame document below it, outermost first.
 * Walks every element once, so callers throttle it (see `observe.ts`).
 */
export function searchRoots(root: SearchRoot): SearchRoot[] {
  const roots: SearchRoot[] = [root];
  // A shadow host's own shadow root holds what it renders (Salesforce's records-record-page).
  const own = (root as Partial<Element>).shadowRoot;
  if (own) roots.push(own);
  for (let i = 0; i < roots.length; i++) {
    for (const element of roots[i]!.querySelectorAll('*')) {
      // Kept's own UI (`kept-chip`, `kept-card`…) is never searched for host composers.
      if (element.shadowRoot && !element.localName.startsWith('kept-'))
        roots.push(element.shadowRoot);
      const doc = frameDocument(element);
      if (doc?.documentElement) roots.push(doc);
    }
  }
  return roots;
}

/** Every element matching `selector` in `root`, its open shadow roots and same-origin frames. */
export function deepQueryAll<E extends Element = Element>(root: SearchRoot, selector: string): E[] {
  return searchRoots(root).flatMap((r) => [...r.querySelectorAll<E>(selector)]);
}

/** The first element matching `selector` anywhere under `root`, piercing as `deepQueryAll` does. */
export function deepQuery<E extends Element = Element>(
  root: SearchRoot,
  selector: string,
): E | null {
  for (const r of searchRoots(root)) {
    const found = r.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Whether `element` is still part of the live page: connected to its document, and that document
 * still shown in its frame (a removed or re-loaded iframe leaves its old nodes "connected" to a dead
 * document).
 */
export function isLive(element: Element): boolean {
  if (!element.isConnected) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  let frame: Element | null;
  try {
    frame = view.frameElement;
  } catch {
    return true;
  }
  if (!frame) return true;
  return frameDocument(frame) === element.ownerDocument && isLive(frame);
}

/** The closest ancestor matching `selector`, crossing shadow-root and same-origin frame boundaries. */
export function closestDeep<E extends Element = Element>(
  element: Element,
  selector: string,
): E | null {
  let current: Element | null = element;
  while (current) {
    const found = current.closest<E>(selector);
    if (found) return found;
    const root = current.getRootNode();
    // A check by shape, not `instanceof`: the node may come from another frame's realm.
    current = 'host' in root ? (root as ShadowRoot).host : outerFrame(current.ownerDocument);
  }
  return null;
}

/** The `<iframe>` element that shows `doc`, when `doc` is a same-origin frame's document. */
export function outerFrame(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
