/**
 * The interface every host site implements (docs/ARCHITECTURE.md, "Sites are adapters"). An adapter only finds things
 * in the host's DOM; everything Kept does with them (analysis, highlights, cards, review, chips, the
 * side panel's context) is the in-page application in `lib/in-page/`, so a new site is a folder of
 * selectors and small functions, not a copy.
 */

/** Someone a message is addressed to or a thread involves. */
export interface Participant {
  /** Lower-cased email address. */
  address: string;
  /** Display name, when the host shows one. */
  name?: string;
}

/** Where a chip goes: next to `anchor`, on the given side. */
export interface Placement {
  anchor: Element;
  append: 'after' | 'before' | 'last' | 'first';
}

/** One compose surface. Functions are called when needed: the host changes these as the user types. */
export interface Composer {
  /** The element that holds the whole composer (dialog, inline reply form…). */
  root: HTMLElement;
  /** The editable body the user writes in: a contenteditable element or a textarea. */
  body: HTMLElement;
  /** Subtrees of the body that are not the writer's new text (quoted history, signature). */
  excluded?: string;
  /** Elements whose appearance or removal changes the recipients (chips, hidden inputs). */
  recipientSelector?: string;
  recipients(): Participant[];
  subject(): string;
  /** The host's Send control, or null when it cannot be found (then Send is not reviewed). */
  sendButton(): HTMLElement | null;
  /** The thread this is a reply in, or the draft's id. */
  threadId(): string | undefined;
  /** Where the composer's chip goes. */
  chip: Placement;
}

/** An open conversation (a Gmail thread, a CRM record). */
export interface ThreadView {
  root: HTMLElement;
  /** Elements whose appearance changes the participants (a message expanding). */
  participantSelector: string;
  participants(): Participant[];
  subject(): string;
  threadId(): string | undefined;
  chip: Placement;
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
  /** Selector of an element that marks an open thread (its subject), when the site has threads. */
  threadSelector?: string;
  toThread?(marker: Element): ThreadView | SkipReason;
}

export function isSkip<T extends object>(value: T | SkipReason): value is SkipReason {
  return 'reason' in value && 'element' in value;
}
