import { FindingsPanel } from '@/components/in-page/FindingsPanel';
import { mountShadowUi, type ShadowUi, type UiContext } from '../dom/shadow-ui';
import type { LiveFinding } from './draft-analysis';
import { uiText } from './ui-text';

export interface FindingsListOptions {
  ctx: UiContext;
  signal: AbortSignal;
  /** The chip's host: the list opens beside it, and focus goes back to it. */
  chip(): HTMLElement | null;
  findings(): LiveFinding[];
  /** Opens the chosen warning's card (the list has closed). */
  choose(item: LiveFinding): void;
  /** The list opened or closed (the chip shows which). */
  changed(): void;
  /** Whether an event comes from the user (see `SendGuardOptions.isTrusted`). */
  isTrusted?: (event: Event) => boolean;
}

/** The space between the chip and the list. */
const GAP = 6;

/**
 * The list of a draft's warnings that the chip's counts open (docs/ARCHITECTURE.md, "The parts": the chip opens it): mounted on
 * the page's body like the card, beside the chip, above it when the chip is low in the window. It
 * follows the analysis while open, closes when nothing is left, on Escape and on the user's own
 * click elsewhere.
 */
export function createFindingsList(options: FindingsListOptions) {
  const { signal } = options;
  const trusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  let open = false;
  let ui: Promise<ShadowUi | null> | undefined;

  const render = () => {
    ui ??= mountShadowUi({
      ctx: options.ctx,
      name: 'kept-findings',
      anchor: document.body,
      append: 'last',
      signal,
      isolateEvents: true,
    });
    const findings = options.findings();
    const rect = options.chip()?.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect?.left ?? 8, window.innerWidth - 348));
    const below = !rect || rect.top < window.innerHeight / 2;
    const node = open ? (
      <FindingsPanel
        t={uiText()}
        findings={findings.map(({ finding }) => finding)}
        left={left}
        top={below ? (rect?.bottom ?? 8) + GAP : undefined}
        bottom={below ? undefined : window.innerHeight - rect!.top + GAP}
        isTrusted={options.isTrusted}
        onChoose={(i) => {
          const item = findings[i];
          close();
          if (item) options.choose(item);
        }}
        onClose={() => {
          close();
          // Back to the counts the list was opened from.
          const counts = options
            .chip()
            ?.shadowRoot?.querySelector<HTMLElement>('.kept-chip-counts');
          counts?.focus();
        }}
      />
    ) : null;
    void ui.then((mounted) => mounted?.render(node));
  };
  const close = () => {
    if (!open) return;
    open = false;
    render();
    options.changed();
  };

  // The user's own click outside the list and the chip closes it.
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (!open || !trusted(event)) return;
      const path = event.composedPath();
      const chip = options.chip();
      if (path.some((el) => el instanceof Element && el.localName === 'kept-findings')) return;
      if (chip && path.includes(chip)) return;
      close();
    },
    { capture: true, signal },
  );

  return {
    isOpen: () => open,
    /** Opens or closes the list (the chip's counts). */
    toggle() {
      open = !open && options.findings().length > 0;
      render();
      options.changed();
    },
    /** After a new analysis: shows the warnings there are now, or closes when there are none. */
    refresh() {
      if (!open) return;
      if (options.findings().length === 0) return close();
      render();
    },
    close,
  };
}
