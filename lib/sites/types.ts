/**
 * The small interface every host site implements (ARCHITECTURE decision 8). For now it covers
 * finding composers; recipients, thread context and Send arrive with the site integrations.
 */
export interface Composer {
  /** The editable body the user writes in. */
  body: HTMLElement;
  /** The element that holds the whole composer (dialog, inline reply form…). */
  root: HTMLElement;
}

/** Why an adapter skipped an element: recorded so a broken selector is debuggable, never shown in the page. */
export interface SkipReason {
  element: string;
  reason: string;
}

export interface SiteAdapter {
  /** Stable id, also the folder name under `lib/sites/`. */
  id: string;
  /** Selector that matches candidate composer bodies. */
  bodySelector: string;
  /** Builds a composer around a candidate body, or returns why it is not one. */
  toComposer(body: Element): Composer | SkipReason;
}

export function isSkip(value: Composer | SkipReason): value is SkipReason {
  return 'reason' in value;
}
