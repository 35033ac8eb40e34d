import type { EditorSurface } from '../dom/editor-surface';
import { rangeAtCaret, rangeAtPoint } from '../dom/hit-test';
import type { LiveFinding } from './draft-analysis';

/** Selection changes this soon after typing are the caret moving with the text, not the user. */
const TYPING_MS = 150;

export interface CardTriggerOptions {
  surface: EditorSurface;
  signal: AbortSignal;
  findings(): LiveFinding[];
  /** How the open card was opened, or null when it is closed. */
  via(): 'pointer' | 'keyboard' | null;
  show(item: LiveFinding, via: 'pointer' | 'keyboard'): void;
  close(): void;
  scheduleClose(): void;
  /** Moves focus into the open card. */
  focusCard(): void;
}

/**
 * When the warning card opens and closes: the finding under the pointer (hit-tested once per frame),
 * or under the caret when the user moves it (Alt+Enter then moves focus into the card); typing,
 * Escape and scrolling close it. Every listener is tied to the composer's signal.
 */
export function watchCardTriggers(options: CardTriggerOptions): void {
  const { surface, signal } = options;
  const element = surface.element;
  let lastInput = 0;
  let frame = 0;
  const ranges = () => options.findings().map((f) => f.range);

  element.addEventListener(
    'mousemove',
    (event) => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const i = rangeAtPoint(ranges(), event.clientX, event.clientY);
        if (i >= 0) options.show(options.findings()[i]!, 'pointer');
        else if (options.via() === 'pointer') options.scheduleClose();
      });
    },
    { signal, passive: true },
  );
  element.addEventListener(
    'mouseleave',
    () => options.via() === 'pointer' && options.scheduleClose(),
    { signal },
  );
  element.addEventListener(
    'input',
    () => {
      lastInput = performance.now();
      options.close();
    },
    { signal },
  );
  element.addEventListener(
    'keydown',
    (event) => {
      if (!options.via()) return;
      const escape = event.key === 'Escape';
      if (!escape && !(event.key === 'Enter' && event.altKey)) return;
      // Escape would otherwise reach the host (Gmail closes the compose window on it).
      event.preventDefault();
      event.stopPropagation();
      if (escape) options.close();
      else options.focusCard();
    },
    { signal, capture: true },
  );
  element.ownerDocument.addEventListener(
    'selectionchange',
    () => {
      if (performance.now() - lastInput < TYPING_MS) return;
      const caret = surface.caret();
      if (!caret) return;
      const i = rangeAtCaret(ranges(), caret);
      if (i >= 0) options.show(options.findings()[i]!, 'keyboard');
      else if (options.via() === 'keyboard') options.close();
    },
    { signal },
  );
  // The card is placed once; when the page or the editor scrolls it would float off its text.
  document.addEventListener('scroll', () => options.via() === 'pointer' && options.close(), {
    capture: true,
    passive: true,
    signal,
  });
}
