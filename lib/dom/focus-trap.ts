/**
 * Wraps Tab and Shift+Tab around the controls of `container`, as a modal dialog must. Works inside a
 * shadow root (Kept's dialogs live in one), where `document.activeElement` is only the host.
 */
export function keepFocusInside(event: KeyboardEvent, container: HTMLElement): void {
  const controls = [
    ...container.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled])'),
  ];
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  if (event.shiftKey && active === first) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first?.focus();
  }
}
