import { emailsIn } from '../generic/addresses';
import type { Participant } from '../types';
import { gmailSelectors } from './selectors';

/** Adds `address` (lower-cased) unless already there; the first name seen wins. */
function add(into: Map<string, Participant>, address: string, name?: string) {
  const key = address.trim().toLowerCase();
  if (!key.includes('@') || into.has(key)) return;
  into.set(key, name?.trim() ? { address: key, name: name.trim() } : { address: key });
}

/**
 * The recipients of a Gmail composer, whichever UI renders them: chips (`data-hovercard-id`, name in
 * `data-name`), the classic hidden inputs (`"Dana Reyes" <dana@acme.example>`), or addresses still
 * being typed into the classic textareas.
 */
export function composeRecipients(root: ParentNode): Participant[] {
  const found = new Map<string, Participant>();
  for (const chip of root.querySelectorAll<HTMLElement>(gmailSelectors.recipientChip))
    add(
      found,
      chip.getAttribute('data-hovercard-id') ?? '',
      chip.getAttribute('data-name') ?? undefined,
    );
  for (const input of root.querySelectorAll<HTMLInputElement>(gmailSelectors.recipientHidden)) {
    const name = /^\s*"?([^"<]*?)"?\s*</.exec(input.value)?.[1];
    for (const address of emailsIn(input.value)) add(found, address, name);
  }
  for (const area of root.querySelectorAll<HTMLTextAreaElement>(gmailSelectors.recipientText))
    for (const address of emailsIn(area.value)) add(found, address);
  return [...found.values()];
}

/** The participants of an open thread, without the user (`name="me"`). */
export function threadParticipants(root: ParentNode): Participant[] {
  const found = new Map<string, Participant>();
  for (const span of root.querySelectorAll<HTMLElement>(gmailSelectors.participants)) {
    if (span.getAttribute('name') === 'me') continue;
    add(found, span.getAttribute('email') ?? '', span.getAttribute('name') ?? undefined);
  }
  return [...found.values()];
}
