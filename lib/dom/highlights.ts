/**
 * Underlines drawn with the CSS Custom Highlight API (docs/ARCHITECTURE.md, "Never mutate the editor"): ranges are registered
 * in `CSS.highlights` and styled by `::highlight(kept-<kind>[-<severity>])` rules in an adopted style
 * sheet, so the editor's DOM is never touched. Highlights are shared per kind and severity; each
 * layer (one per composer) adds and removes only its own ranges.
 */

import { SEVERITY_STYLE, underlineOf } from '@/components/in-page/severity-style';

/** Finding kinds with their own highlight; unknown kinds fall back to `kept-other`. */
const KINDS = [
  'overpromise',
  'missing-date',
  'vague-date',
  'past-date',
  'ledger-conflict',
  'other',
];

/**
 * The highlight name for a finding kind and severity: `kept-overpromise` for a warning (the default),
 * `kept-overpromise-error`, `kept-overpromise-info` for the others. The kind names the highlight;
 * the severity chosen in Options → Rules draws it (colour, wave or dots: `SEVERITY_STYLE`).
 */
export const highlightName = (kind: string, severity = 'warning'): string =>
  `kept-${KINDS.includes(kind) ? kind : 'other'}${severity in SEVERITY_STYLE && severity !== 'warning' ? `-${severity}` : ''}`;

/** The name of the highlight that marks the finding the card is open on. */
export const ACTIVE_HIGHLIGHT = 'kept-active';

const RULES = [
  ...KINDS.flatMap((kind) =>
    (Object.keys(SEVERITY_STYLE) as (keyof typeof SEVERITY_STYLE)[]).map(
      (severity) =>
        `::highlight(${highlightName(kind, severity)}) { text-decoration: ${underlineOf(severity)}; text-decoration-thickness: ${SEVERITY_STYLE[severity].thickness}; }`,
    ),
  ),
  `::highlight(${ACTIVE_HIGHLIGHT}) { background-color: rgba(251, 188, 4, 0.28); }`,
].join('\n');

const installed = new WeakSet<Document | ShadowRoot>();

/** Whether this browser can draw highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Adds the `::highlight` rules to a document or shadow root once, as an adopted style sheet (no
 * `<style>` element goes into the host page).
 */
export function installHighlightStyles(target: Document | ShadowRoot): void {
  // Without the API there is nothing to style (and such engines may lack adoptedStyleSheets too).
  if (installed.has(target) || !highlightsSupported() || !target.adoptedStyleSheets) return;
  // A constructed sheet can only be adopted by a document of its own realm: an editor inside an
  // iframe (the CRMs' editors) needs the frame's CSSStyleSheet.
  const view = (target.ownerDocument ?? (target as Document)).defaultView ?? window;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(RULES);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
  installed.add(target);
}

function shared(view: Window & typeof globalThis, name: string, priority: number): Highlight {
  let highlight = view.CSS.highlights.get(name);
  if (!highlight) {
    highlight = new view.Highlight();
    highlight.priority = priority;
    view.CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/** One composer's underlines. */
export interface HighlightLayer {
  /** Replaces this layer's underlines; a finding's severity sets how its underline is drawn. */
  show(items: { kind: string; severity?: string; range: Range }[]): void;
  /** Marks one range as the active finding (or none). */
  setActive(range: Range | null): void;
  clear(): void;
}

/**
 * Creates a layer for ranges in `doc` (each document, an iframe editor's too, has its own highlight
 * registry); a no-op layer where the API is missing (the caller records the reason).
 */
export function createHighlightLayer(doc: Document = document): HighlightLayer {
  if (!highlightsSupported()) return { show() {}, setActive() {}, clear() {} };
  const view = (doc.defaultView ?? window) as Window & typeof globalThis;
  let mine: { highlight: Highlight; range: Range }[] = [];
  let active: Range | null = null;
  const clearActive = () => {
    if (active) view.CSS.highlights.get(ACTIVE_HIGHLIGHT)?.delete(active);
    active = null;
  };
  return {
    show(items) {
      for (const { highlight, range } of mine) highlight.delete(range);
      mine = items.map(({ kind, severity, range }) => {
        const highlight = shared(view, highlightName(kind, severity), 1);
        highlight.add(range);
        return { highlight, range };
      });
    },
    setActive(range) {
      clearActive();
      if (!range) return;
      active = range;
      shared(view, ACTIVE_HIGHLIGHT, 0).add(range);
    },
    clear() {
      for (const { highlight, range } of mine) highlight.delete(range);
      mine = [];
      clearActive();
    },
  };
}
