import { deepQueryAll } from '../../dom/deep-query';
import type { Participant } from '../types';

/**
 * The people a page shows, as adapters read them: email addresses out of fields, text and `mailto:`
 * links (every CRM and webmail adapter is built from these; `controls.ts` finds a composer's parts).
 */

const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
/** The longest address parts worth reading (RFC 5321: 64 before the @, 255 after). */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
/** How much of one element's text is scanned for addresses: participants sit in small fields. */
export const MAX_SCAN = 100_000;

/**
 * Every email address in `text`, lower-cased, in order, without repeats. Linear in the text: each "@"
 * is read outwards over at most an address's length, so no input (40,000 letters without a space, a
 * run of "@") can make it slow; only the first `MAX_SCAN` characters are read.
 */
export function emailsIn(text: string): string[] {
  const found: string[] = [];
  const limit = Math.min(text.length, MAX_SCAN);
  let taken = 0; // where the previous address ended: the next one starts after it
  for (let at = text.indexOf('@'); at >= 0 && at < limit; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > taken && at - start <= MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--;
    if (start === at || at - start > MAX_LOCAL) continue;
    let end = at + 1;
    while (end < limit && end - at <= MAX_DOMAIN + 1 && DOMAIN_CHAR.test(text[end]!)) end++;
    const domain = lastDomain(text.slice(at + 1, end));
    if (!domain) continue;
    found.push(`${text.slice(start, at)}@${domain}`.toLowerCase());
    taken = at + 1 + domain.length;
  }
  return [...new Set(found)];
}

/** The longest prefix of `run` that ends in a dot and two or more letters, as a greedy regex would. */
function lastDomain(run: string): string | undefined {
  for (let dot = run.lastIndexOf('.'); dot > 0; dot = run.lastIndexOf('.', dot - 1)) {
    let end = dot + 1;
    while (end < run.length && /\p{L}/u.test(run[end]!)) end++;
    if (end - dot - 1 >= 2) return run.slice(0, end);
  }
  return undefined;
}

/** The addresses of a `mailto:` link; one malformed escape ("%zz") loses only its own address. */
export function mailtoAddresses(href: string): string {
  return href
    .slice('mailto:'.length)
    .split('?')[0]!
    .split(/,|%2c/i)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '';
      }
    })
    .join(' ');
}

/**
 * The addresses shown by `elements`: in their text, their `value` (inputs), `mailto:` links, and the
 * attributes hosts keep addresses in (`title`, `data-email`, `data-hovercard-id`, `aria-label`). A name
 * is taken from the element's text when it is not itself the address.
 */
export function participantsOf(elements: Iterable<Element>): Participant[] {
  const found = new Map<string, Participant>();
  for (const element of elements) {
    const href = element.getAttribute('href') ?? '';
    const sources = [
      href.toLowerCase().startsWith('mailto:') ? mailtoAddresses(href) : '',
      (element as HTMLInputElement).value ?? '',
      element.getAttribute('data-email') ?? '',
      element.getAttribute('data-hovercard-id') ?? '',
      element.getAttribute('title') ?? '',
      element.getAttribute('aria-label') ?? '',
      element.textContent ?? '',
    ];
    // A name is read only from short text: a long text is not one person's name.
    const content = element.textContent ?? '';
    const text =
      content.length <= 200
        ? emailsIn(content)
            .reduce((rest, address) => rest.replace(new RegExp(escape(address), 'gi'), ''), content)
            .replace(/[<>()]/g, '')
            .trim()
        : '';
    for (const address of emailsIn(sources.join(' '))) {
      if (found.has(address)) continue;
      const name = text && text.length <= 80 && emailsIn(content).length <= 1 ? text : '';
      found.set(address, name ? { address, name } : { address });
    }
  }
  return [...found.values()];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The participants shown under `root` (piercing shadow roots and frames) by `selector`. */
export function participantsIn(root: ParentNode & Node, selector: string): Participant[] {
  return participantsOf(deepQueryAll(root, selector));
}
