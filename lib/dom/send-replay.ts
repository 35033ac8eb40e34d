/**
 * Replays a held Send on the host's button (docs/ARCHITECTURE.md, "The send guard"). The events are Kept's
 * own and untrusted; the guard recognises them by identity, never by `isTrusted`.
 */

/** Events Kept dispatched itself to replay a held Send; they pass the guard untouched. */
const replayed = new WeakSet<Event>();

/** Whether Kept dispatched `event` to replay a Send. */
export function isReplay(event: Event): boolean {
  return replayed.has(event);
}

/** What a click looks like to a host: pointer events, their compatibility mouse events, the click. */
export const CLICK_SEQUENCE = [
  'pointerdown',
  'mousedown',
  'pointerup',
  'mouseup',
  'click',
] as const;

type View = Window & typeof globalThis;

/**
 * Dispatches `types` on `button` in order, as the user's press did (a touch's events are replayed
 * where the realm can build them). Gmail's buttons act on mousedown/mouseup/click; a held keyboard
 * Send is replayed as a click, because a script-made keydown cannot carry the keyCode that Gmail's
 * shortcut handler reads. The button's own realm: a Send inside an iframe editor needs that frame's
 * events.
 */
export function replayOn(button: HTMLElement, types: readonly string[]): void {
  const view = (button.ownerDocument.defaultView ?? window) as View;
  const box = button.getBoundingClientRect();
  const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const pointerType = types.some((t) => t.startsWith('touch')) ? 'touch' : 'mouse';
  for (const type of types) {
    const event = build(view, type, { at, pointerType, target: button });
    if (!event) continue;
    replayed.add(event);
    button.dispatchEvent(event);
  }
}

interface Press {
  at: { clientX: number; clientY: number };
  pointerType: string;
  target: HTMLElement;
}

function build(view: View, type: string, { at, pointerType, target }: Press): Event | null {
  const pressed = type === 'mousedown' || type === 'pointerdown';
  const init = {
    ...at,
    bubbles: true,
    cancelable: true,
    composed: true,
    button: 0,
    buttons: pressed ? 1 : 0,
    detail: type === 'click' || type.startsWith('mouse') ? 1 : 0,
  };
  // Built with `view` set, as a real click has; a realm that refuses the view (jsdom) gets none.
  const make = <E extends Event>(create: (withView: boolean) => E): E | null => {
    try {
      return create(true);
    } catch {
      try {
        return create(false);
      } catch {
        return null;
      }
    }
  };
  if (type.startsWith('pointer')) {
    if (!view.PointerEvent) return null;
    const pointer = { ...init, pointerId: 1, pointerType, isPrimary: true };
    return make((v) => new view.PointerEvent(type, v ? { ...pointer, view } : pointer));
  }
  if (type.startsWith('touch')) {
    if (!view.TouchEvent || !view.Touch) return null;
    return make(() => {
      const touch = new view.Touch({ identifier: 1, target, ...at });
      const ended = type === 'touchend';
      return new view.TouchEvent(type, {
        bubbles: true,
        cancelable: true,
        composed: true,
        touches: ended ? [] : [touch],
        targetTouches: ended ? [] : [touch],
        changedTouches: [touch],
      });
    });
  }
  return make((v) => new view.MouseEvent(type, v ? { ...init, view } : init));
}
