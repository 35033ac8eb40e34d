import { CLICK_SEQUENCE, isReplay, replayOn } from './send-replay';

/**
 * Holds a Send back for Kept's review, then lets it through exactly once (docs/ARCHITECTURE.md,
 * "The send guard"). Listens in the capture phase on the window, so Kept sees the activation before the host's
 * own handlers; holds it only when `shouldReview()` says so and there is a Send button to replay
 * to, so with nothing to show Send is never delayed and never lost.
 */
export interface SendGuardOptions {
  /** The composer (Ctrl/⌘+Enter counts only when the key press comes from inside it). */
  root: HTMLElement;
  /**
   * The editable body. When it lives in an iframe (CKEditor, TinyMCE), its key presses never reach
   * this window, so the guard listens in the editor's window too.
   */
  editor?: HTMLElement;
  /** The host's Send control, looked up at activation time (hosts re-render it). */
  sendButton: () => HTMLElement | null;
  shouldReview: () => boolean;
  /** Opens the review; resolves true to send, false to go back to editing. */
  review: () => Promise<boolean>;
  signal: AbortSignal;
  /**
   * Whether an event comes from the user. Only the user's own presses open the review or change
   * what is held; a page's synthetic events pass untouched. Tests substitute their own notion,
   * because a test environment's events are never trusted.
   */
  isTrusted?: (event: Event) => boolean;
}

const DOWN = new Set(['pointerdown', 'touchstart', 'mousedown']);
const PRESS = [
  'pointerdown',
  'touchstart',
  'mousedown',
  'pointerup',
  'touchend',
  'mouseup',
  'click',
];

/** Starts guarding one composer's Send until `signal` aborts. */
export function guardSend(options: SendGuardOptions): void {
  const { root, signal } = options;
  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  let reviewing = false;
  // One press on Send: the event types seen so far (replayed as they came), and whether it is held.
  let press: { types: string[]; held: boolean } | null = null;
  let heldKey: string | null = null;

  const hold = (event: Event) => {
    // Not a touch or pointer event's default: cancelling touchend would cancel the click that opens
    // the review, and the press would stay held with nothing on screen.
    if (!event.type.startsWith('touch') && !event.type.startsWith('pointer'))
      event.preventDefault();
    event.stopImmediatePropagation();
  };
  const start = async (replay: readonly string[]) => {
    reviewing = true;
    // A failure inside Kept must never cost the user their send: it fails open.
    const send = await options.review().catch(() => true);
    reviewing = false;
    const button = options.sendButton();
    // A button gone with its composer sends nothing: there is no draft left to send.
    if (send && button?.isConnected && !signal.aborted) replayOn(button, replay);
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

  const onPress = (event: Event) => {
    if (isReplay(event) || !trusted(event) || !onSendTarget(event)) return;
    if ('button' in event && event.button !== 0) return;
    const { type } = event;
    // A pointerdown, its touchstart and the compatibility mousedown after a touch are one press; a
    // down event of a type seen already starts the next one. An up with no press is a stray.
    if (DOWN.has(type) || type === 'click') {
      if (!press || (DOWN.has(type) && press.types.includes(type)))
        press = { types: [], held: reviewing || wantsReview() };
    } else if (!press) {
      if (reviewing) hold(event);
      return;
    }
    press.types.push(type);
    if (press.held || reviewing) hold(event);
    // The review opens on the click, as Send would: a press dragged off the button sends nothing.
    if (type !== 'click') return;
    const { types, held } = press;
    press = null;
    if (held && !reviewing) void start(types);
  };
  const onKey = (event: KeyboardEvent) => {
    if (isReplay(event) || !trusted(event) || (event.key !== 'Enter' && event.key !== ' ')) return;
    const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    const path = event.composedPath();
    const fromComposer = path.includes(root) || (!!options.editor && path.includes(options.editor));
    const onButton = !event.ctrlKey && !event.metaKey && onSendTarget(event);
    if (!(shortcut && fromComposer) && !onButton) return;
    // With no Send button found there is nothing to replay to: the host handles its shortcut.
    if (!options.sendButton()) return;
    if (!reviewing && !wantsReview()) return;
    hold(event);
    heldKey = event.key;
    if (!reviewing) void start(CLICK_SEQUENCE);
  };
  // Buttons may act on keypress or keyup (Space on a focused button): the rest of a held key press
  // is held too, or the host would send behind the review's back.
  const onKeyRest = (event: KeyboardEvent) => {
    if (heldKey === null || event.key !== heldKey || isReplay(event) || !trusted(event)) return;
    hold(event);
    if (event.type === 'keyup') heldKey = null;
  };

  const views = new Set([window, options.editor?.ownerDocument.defaultView ?? window]);
  for (const view of views) {
    for (const type of PRESS) view.addEventListener(type, onPress, { capture: true, signal });
    view.addEventListener('keydown', onKey as EventListener, { capture: true, signal });
    view.addEventListener('keypress', onKeyRest as EventListener, { capture: true, signal });
    view.addEventListener('keyup', onKeyRest as EventListener, { capture: true, signal });
  }
}
