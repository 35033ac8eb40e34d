/**
 * Holds a Send back for Kept's review, then lets it through exactly once (issue 6, "Must never
 * happen": a send lost or doubled). Listens in the capture phase on the window, so Kept sees the
 * activation before the host's own handlers; holds it only when `shouldReview()` says so, so with
 * nothing to show Send is never delayed.
 */
export interface SendGuardOptions {
  /** The composer (Ctrl/⌘+Enter counts only when the key press comes from inside it). */
  root: HTMLElement;
  /**
   * The editable body. When it lives in an iframe (CKEditor, TinyMCE; issue 7), its key presses
   * never reach this window, so the guard listens in the editor's window too.
   */
  editor?: HTMLElement;
  /** The host's Send control, looked up at activation time (hosts re-render it). */
  sendButton: () => HTMLElement | null;
  shouldReview: () => boolean;
  /** Opens the review; resolves true to send, false to go back to editing. */
  review: () => Promise<boolean>;
  signal: AbortSignal;
}

const POINTER = ['mousedown', 'mouseup', 'click'] as const;

/** Events Kept dispatched itself to replay a held Send; they pass the guard untouched. */
const replayed = new WeakSet<Event>();

/** Starts guarding one composer's Send until `signal` aborts. */
export function guardSend(options: SendGuardOptions): void {
  const { root, signal } = options;
  let reviewing = false;
  // After a held mousedown, its mouseup and click belong to the same activation: hold them too.
  let swallowPointer = false;
  let heldKey: string | null = null;

  const hold = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const start = async () => {
    reviewing = true;
    // A failure inside Kept must never cost the user their send: it fails open.
    const send = await options.review().catch(() => true);
    reviewing = false;
    if (send) replay();
  };
  const replay = () => {
    const button = options.sendButton();
    if (!button) return;
    // Gmail's buttons act on mousedown/mouseup/click; a held keyboard Send is replayed the same way,
    // because a script-made keydown cannot carry the keyCode that Gmail's shortcut handler reads.
    // The button's own realm: a Send inside an iframe editor (issue 7) needs that frame's events.
    const view = (button.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
    const box = button.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
    for (const type of POINTER) {
      const init = {
        ...at,
        bubbles: true,
        cancelable: true,
        composed: true,
        button: 0,
        buttons: type === 'mousedown' ? 1 : 0,
        detail: 1,
      };
      const event = withView(
        () => new view.MouseEvent(type, { ...init, view }),
        () => new view.MouseEvent(type, init),
      );
      replayed.add(event);
      button.dispatchEvent(event);
    }
  };
  const wantsReview = () => {
    try {
      return options.shouldReview();
    } catch {
      return false;
    }
  };
  const onSendTarget = (event: Event) => {
    const button = options.sendButton();
    // The event's own target, not the retargeted one: a Send inside a shadow root (Salesforce)
    // reaches the window as its outermost shadow host.
    const target = event.composedPath()[0];
    return !!button && target instanceof Node && button.contains(target);
  };

  const onPointer = (event: MouseEvent) => {
    if (replayed.has(event) || !onSendTarget(event)) return;
    if (event.type === 'mousedown') {
      if (event.button !== 0) return;
      swallowPointer = false;
      if (!reviewing && !wantsReview()) return;
      swallowPointer = true;
      hold(event);
      return;
    }
    if (swallowPointer || reviewing) {
      hold(event);
      // The review opens on the click, as Send would: a press dragged off the button sends nothing.
      if (event.type === 'click') {
        swallowPointer = false;
        if (!reviewing) void start();
      }
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (replayed.has(event) || (event.key !== 'Enter' && event.key !== ' ')) return;
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    const path = event.composedPath();
    const fromComposer = path.includes(root) || (!!options.editor && path.includes(options.editor));
    const onButton = !event.ctrlKey && !event.metaKey && onSendTarget(event);
    if (!(shortcut && fromComposer) && !onButton) return;
    if (!reviewing && !wantsReview()) return;
    hold(event);
    heldKey = event.key;
    if (!reviewing) void start();
  };
  // Buttons may act on keypress or keyup (Space on a focused button): the rest of a held key press
  // is held too, or the host would send behind the review's back.
  const onKeyRest = (event: KeyboardEvent) => {
    if (heldKey === null || event.key !== heldKey || replayed.has(event)) return;
    hold(event);
    if (event.type === 'keyup') heldKey = null;
  };

  const views = new Set([window, options.editor?.ownerDocument.defaultView ?? window]);
  for (const view of views) {
    for (const type of POINTER)
      view.addEventListener(type, onPointer as EventListener, { capture: true, signal });
    view.addEventListener('keydown', onKey as EventListener, { capture: true, signal });
    view.addEventListener('keypress', onKeyRest as EventListener, { capture: true, signal });
    view.addEventListener('keyup', onKeyRest as EventListener, { capture: true, signal });
  }
}

/** Builds the event with `view` set, as a real click has; a realm that refuses the view (jsdom) gets none. */
function withView(make: () => MouseEvent, fallback: () => MouseEvent): MouseEvent {
  try {
    return make();
  } catch {
    return fallback();
  }
}
