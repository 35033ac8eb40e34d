/**
 * Where Kept's modal UI can be reached, and a watch that says when it no longer can
 * (docs/ARCHITECTURE.md, "The send guard": a review nobody can see must not hold Send).
 */

/** How often the watch looks again, for what no mutation announces (a stylesheet hiding the UI). */
export const WATCH_MS = 500;

/**
 * Where to mount a modal UI for `element`: inside the open `<dialog>` holding it, because a modal
 * dialog makes the rest of the page inert and Kept's UI mounted outside it could not be reached;
 * else the top document's body.
 */
export function modalAnchorFor(element: Element): Element {
  let node: Node | null = element;
  while (node) {
    const dialog = node instanceof Element ? node.closest('dialog[open]') : null;
    if (dialog) return dialog.ownerDocument === document ? dialog : document.body;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.body;
}

/** Whether the user can see and reach `host`: attached, not hidden or inert, not behind a modal. */
export function isReachable(host: HTMLElement): boolean {
  if (!host.isConnected || host.closest('[inert],[hidden]')) return false;
  const style = host.ownerDocument.defaultView?.getComputedStyle(host);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  const modals = [...host.ownerDocument.querySelectorAll('dialog')].filter(isModal);
  return modals.length === 0 || modals.some((dialog) => dialog.contains(host));
}

function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.open && dialog.matches(':modal');
  } catch {
    return false;
  }
}

/**
 * Calls `lost` once when `host` stops being reachable (removed by the page, hidden, or shut out by a
 * modal dialog opened over it), until `signal` aborts.
 */
export function watchReachable(host: HTMLElement, signal: AbortSignal, lost: () => void): void {
  let done = false;
  const check = () => {
    if (done || signal.aborted || isReachable(host)) return;
    done = true;
    stop();
    lost();
  };
  // Styles are left to the timer: a host re-styles all the time, and each look costs a style pass.
  const observer = new MutationObserver(check);
  observer.observe(host.ownerDocument.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['open', 'inert', 'hidden'],
  });
  const timer = setInterval(check, WATCH_MS);
  const stop = () => {
    observer.disconnect();
    clearInterval(timer);
  };
  signal.addEventListener('abort', stop, { once: true });
  check();
}
