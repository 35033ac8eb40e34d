import { isLive, searchRoots } from './deep-query';

/**
 * The one way Kept watches a host page (docs/ARCHITECTURE.md, "One way to watch the page").
 *
 * `observeElements` calls `onMatch` once for every element that matches `selector` (now or later),
 * with an `AbortSignal` that fires when the element leaves the document or observation stops. Anything
 * attached to an element (listeners, observers, UI) must be tied to that signal, so nothing leaks when
 * the host page tears the element down.
 */
export interface ObserveOptions {
  /** Where to look; defaults to the document. */
  root?: ParentNode & Node;
  /** CSS selector of the elements to track. */
  selector: string;
  /** Extra test on a matched element (e.g. "is not inside quoted history"). */
  filter?: (element: Element) => boolean;
  /** Called once per matched element. */
  onMatch: (element: Element, signal: AbortSignal) => void;
  /** Stops all observation and aborts every element's signal. */
  signal: AbortSignal;
  /**
   * Also look inside open shadow roots and same-origin iframes (Salesforce, CRM editors in frames;
   * see `deep-query.ts`). Such scans walk the whole page, so they are throttled.
   */
  deep?: boolean;
}

/** The shortest pause between two deep scans (see `ObserveOptions.deep`). */
export const DEEP_SCAN_MS = 100;

/** Starts observing; returns a function that forces an immediate rescan (used by tests and SPA navigation). */
export function observeElements(options: ObserveOptions): () => void {
  const root = options.root ?? document;
  const tracked = new Map<Element, AbortController>();
  let scheduled = false;

  const scan = () => {
    scheduled = false;
    if (options.signal.aborted) return;
    for (const [element, controller] of tracked) {
      if (options.deep ? !isLive(element) : !element.isConnected) {
        controller.abort();
        tracked.delete(element);
      }
    }
    const found = options.deep ? deepMatches() : root.querySelectorAll(options.selector);
    for (const element of found) {
      if (tracked.has(element)) continue;
      if (options.filter && !options.filter(element)) continue;
      const controller = new AbortController();
      tracked.set(element, controller);
      try {
        options.onMatch(element, controller.signal);
      } catch (error) {
        // A failure on one element must never break the host page or the other elements.
        console.warn('[Kept] could not attach to an element', error);
      }
    }
  };

  // Mutations arrive in bursts (typing, Gmail re-rendering); coalesce them into one scan per task.
  // A deep scan walks every shadow root and frame, so it runs at most once per DEEP_SCAN_MS.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if (options.deep) setTimeout(scan, DEEP_SCAN_MS);
    else queueMicrotask(scan);
  };

  // Deep scans are costly: typing inside an element already tracked (an editor) changes nothing a
  // scan would find, so those mutations are skipped; its own removal is a mutation of its parent.
  const insideTracked = (node: Node) =>
    [...tracked.keys()].some((element) => element.contains(node));
  const observer = new MutationObserver((records) => {
    if (options.deep && records.every((record) => insideTracked(record.target))) return;
    schedule();
  });
  observer.observe(root, { childList: true, subtree: true });
  // Deep mode: every shadow root and frame document found is observed too, and frames that load
  // (a srcdoc or about:blank editor being written) trigger a rescan.
  const watched = new WeakSet<Node>([root]);
  const deepMatches = () =>
    searchRoots(root).flatMap((r) => {
      if (!watched.has(r)) {
        watched.add(r);
        observer.observe(r, { childList: true, subtree: true });
        r.addEventListener('load', schedule, { capture: true, signal: options.signal });
      }
      return [...r.querySelectorAll(options.selector)];
    });
  if (options.deep)
    root.addEventListener('load', schedule, { capture: true, signal: options.signal });
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      for (const controller of tracked.values()) controller.abort();
      tracked.clear();
    },
    { once: true },
  );
  scan();
  return scan;
}
