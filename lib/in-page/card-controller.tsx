import { WarningCard } from '@/components/in-page/WarningCard';
import type { EditorSurface } from '../dom/editor-surface';
import { toTopRect } from '../dom/frames';
import { mountShadowUi, type ShadowUi, type UiContext } from '../dom/shadow-ui';
import type { LiveFinding } from './draft-analysis';
import { watchCardTriggers } from './card-triggers';
import { uiText } from './ui-text';

export interface CardControllerOptions {
  ctx: UiContext;
  surface: EditorSurface;
  signal: AbortSignal;
  findings(): LiveFinding[];
  onFix(item: LiveFinding, replacement: string): void;
  onIgnore(item: LiveFinding): void;
  onAllow(item: LiveFinding): void;
  /** The finding the card is open on changed (to mark it in the text). */
  onActive(range: Range | null): void;
}

/** The keys that move into the card, as this keyboard names them (the card shows them). */
/** The key that moves into a card, as the user's keyboard names it (read when shown, not at import). */
const cardKeys = (): string =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/i.test(navigator.platform)
    ? 'Option+Enter'
    : 'Alt+Enter';

/** How long the pointer may wander off a finding (towards the card) before the card closes. */
const CLOSE_DELAY_MS = 250;

/**
 * The warning card of one composer: which finding it is open on, where it sits, and what its buttons
 * do. What opens and closes it (pointer, caret, typing, Escape, scroll) is in `card-triggers.ts`.
 */
export function createCardController(options: CardControllerOptions) {
  const { surface, signal } = options;
  const element = surface.element;
  let open: { item: LiveFinding; via: 'pointer' | 'keyboard'; focus: boolean } | null = null;
  let ui: Promise<ShadowUi | null> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;

  const render = () => {
    ui ??= mountShadowUi({
      ctx: options.ctx,
      name: 'kept-card',
      // The top document, never the editor's own: in an iframe editor that body is the draft.
      anchor: document.body,
      append: 'last',
      signal,
      isolateEvents: true,
    });
    const current = open;
    void ui.then((mounted) => mounted?.render(current ? card(current) : null));
  };
  const card = (state: NonNullable<typeof open>) => {
    const rect = toTopRect(state.item.range.getBoundingClientRect(), element.ownerDocument);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - 330));
    const below = rect.bottom + 6;
    const top = below + 180 > window.innerHeight ? Math.max(8, rect.top - 186) : below;
    return (
      <WarningCard
        t={uiText()}
        finding={state.item.finding}
        left={left}
        top={top}
        focus={state.focus}
        keys={cardKeys()}
        onFix={(replacement) => {
          close();
          options.onFix(state.item, replacement);
        }}
        onIgnore={() => finish(() => options.onIgnore(state.item))}
        onAllow={() => finish(() => options.onAllow(state.item))}
        onClose={() => finish(() => undefined)}
        onPointerEnter={() => clearTimeout(closeTimer)}
        onPointerLeave={scheduleClose}
      />
    );
  };
  const show = (item: LiveFinding, via: 'pointer' | 'keyboard') => {
    clearTimeout(closeTimer);
    if (open?.item === item) return;
    open = { item, via, focus: false };
    options.onActive(item.range);
    render();
  };
  const close = () => {
    clearTimeout(closeTimer);
    if (!open) return;
    open = null;
    options.onActive(null);
    render();
  };
  const finish = (action: () => void) => {
    close();
    action();
    element.focus({ preventScroll: true });
  };
  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY_MS);
  }

  watchCardTriggers({
    surface,
    signal,
    findings: options.findings,
    via: () => open?.via ?? null,
    show,
    close,
    scheduleClose,
    focusCard() {
      if (!open) return;
      open = { ...open, focus: true };
      render();
    },
  });
  signal.addEventListener('abort', () => clearTimeout(closeTimer), { once: true });

  return {
    /**
     * After a new analysis: keeps the card on the same finding (same rule and span) if it is still
     * there, so a re-analysis the user did not cause (recipients resolved, settings loaded) does not
     * snatch the card away; closes it otherwise.
     */
    refresh() {
      if (!open) return;
      const { finding } = open.item;
      const same = options
        .findings()
        .find(
          (f) =>
            f.finding.rule === finding.rule &&
            f.finding.start === finding.start &&
            f.finding.end === finding.end,
        );
      if (!same) return close();
      open = { ...open, item: same };
      options.onActive(same.range);
      render();
    },
    /**
     * Opens the card on a finding with the focus in it, as Alt+Enter does (the chip's list of
     * warnings); the caller has put the caret on the finding, so the card stays open.
     */
    openOn(item: LiveFinding) {
      clearTimeout(closeTimer);
      open = { item, via: 'keyboard', focus: true };
      options.onActive(item.range);
      render();
    },
    close,
  };
}
