import type { SkipReason, ThreadView } from '../types';
import { closestDeep, deepQuery, deepQueryAll } from '../../dom/deep-query';
import { participantsIn } from './addresses';

/** Where one site shows a record (a CRM contact, company, deal) and what identifies it. */
export interface RecordSpec {
  /** The record page's container, the closest ancestor of the marker (the record's title). */
  root: string;
  /** Links and fields that show the record's email addresses (`a[href^="mailto:"]`…). */
  emails: string;
  /** The record's identity from the page's URL (see `parts.recordKey`); undefined off a record. */
  key: () => string | undefined;
  /** Elements that show the record's web domain (a company's website), for domain resolution. */
  domains?: string;
  /** The element holding the record's name, when the marker is not the title itself. */
  name?: string;
}

const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i;

/**
 * A CRM record page as a thread view: its emails (and a company's website, as `*@domain`) resolve to
 * a client, its title names it, the chip goes after the title, and its URL identity lets the user
 * link it to a client once (lib/db/record-links.ts).
 */
export function recordView(marker: Element, spec: RecordSpec): ThreadView | SkipReason {
  const root = closestDeep<HTMLElement>(marker, spec.root);
  if (!root) return { element: 'record', reason: `record title is not inside ${spec.root}` };
  if (!spec.key()) return { element: 'record', reason: 'page URL is not a record URL' };
  const selector = spec.domains ? `${spec.emails}, ${spec.domains}` : spec.emails;
  return {
    root,
    participantSelector: selector,
    participants: () => {
      const people = participantsIn(root, spec.emails);
      if (!spec.domains) return people;
      // A company without contact emails still resolves by its website's domain: `*@domain` is
      // no one's address, so it can only match a client's domain, never a contact.
      for (const field of deepQueryAll(root, spec.domains)) {
        const domain = DOMAIN.exec((field.textContent ?? '').trim())?.[1]?.toLowerCase();
        if (domain && !people.some((p) => p.address.endsWith(`@${domain}`)))
          people.push({ address: `*@${domain}` });
      }
      return people;
    },
    subject: () => ((spec.name ? deepQuery(root, spec.name) : marker)?.textContent ?? '').trim(),
    threadId: spec.key,
    chip: { anchor: marker, append: 'after' },
  };
}
