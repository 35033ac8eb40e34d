/**
 * Mail providers whose domain says nothing about the employer: an address there maps to a client
 * only through a contact, never by domain (docs/ARCHITECTURE.md, "Client resolution").
 * Matched on the registrable label, so every country TLD of a provider is covered (gmail.com,
 * yahoo.co.uk, gmx.de, outlook.jp, …).
 */
const FREE_MAIL_LABELS = new Set(
  [
    'gmail googlemail outlook hotmail live msn windowslive passport yahoo ymail rocketmail',
    'icloud me mac aol aim proton protonmail pm tutanota tuta gmx web mail email inbox yandex',
    'zoho fastmail hey mailbox posteo seznam naver daum hanmail',
    'qq foxmail 163 126 yeah 188 sina sohu aliyun 139 189 wo tom 21cn',
  ]
    .join(' ')
    .split(' '),
);

/** Second-level suffixes under which the provider's label sits one step further left (yahoo.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ne', 'or', 'ac']);

/** Whether `domain` (lower-case) belongs to a free-mail or personal mail provider. */
export function isFreeMailDomain(domain: string): boolean {
  const labels = domain.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return false;
  let end = labels.length - 1;
  if (labels.length >= 3 && SECOND_LEVEL.has(labels[end - 1]!) && labels[end]!.length === 2)
    end -= 1;
  return FREE_MAIL_LABELS.has(labels[end - 1]!);
}

/** The lower-cased domain of an address, or undefined when it is not an address. */
export function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at < 1 || at === address.length - 1) return undefined;
  return address
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

/** An email as stored: trimmed and lower-cased, so the unique index sees one address once. */
export const normalEmail = (email: string): string => email.trim().toLowerCase();

/** Lower-cased bare addresses from raw header values such as `"Dana Li" <Dana@Acme.example>`. */
export function normalizeAddresses(raw: readonly string[]): string[] {
  const out = new Set<string>();
  for (const value of raw) {
    const bare = (/<([^>]+)>/.exec(value)?.[1] ?? value).trim().toLowerCase();
    if (domainOf(bare)) out.add(bare);
  }
  return [...out];
}

/** Two or more labels of letters (any script), digits and hyphens: "acme.example", "华星.cn". */
const DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/**
 * Why `domain` (already lower-cased) cannot map mail to a client, or undefined when it can. A
 * free-mail domain is refused because it would claim strangers' mail for this client. The repository
 * checks it on every write and import on every stored row.
 */
export function domainProblem(domain: string): string | undefined {
  if (!DOMAIN.test(domain)) return `${domain} is not a domain.`;
  if (isFreeMailDomain(domain)) return `${domain} is a personal mail domain; add contacts instead.`;
  if (domain !== domain.toLowerCase()) return `${domain} is not lower-case.`;
  return undefined;
}

/**
 * The domain a user means by what they typed or pasted: a URL keeps its host without "www." and
 * port ("https://www.globex.cn/about" → globex.cn), an address its domain, and any text is
 * trimmed and lower-cased (a trailing dot dropped). Whatever is left is checked by domainProblem.
 */
export function domainFromInput(input: string): string {
  let text = input.trim().toLowerCase();
  const at = text.lastIndexOf('@');
  if (at >= 0 && !text.includes('/')) text = text.slice(at + 1);
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  text = text.replace(/^[^/?#@]*@/, ''); // user info
  text = text.split(/[/?#]/)[0] ?? '';
  text = text.replace(/:\d*$/, '').replace(/\.$/, '');
  return text.startsWith('www.') ? text.slice(4) : text;
}

/** The domains in a typed or pasted list (commas, semicolons, spaces or lines), each as domainFromInput, once. */
export function domainsFromInput(input: string): string[] {
  const domains = input
    .split(/[,;\s]+/)
    .map(domainFromInput)
    .filter(Boolean);
  return [...new Set(domains)];
}

/** A new client's name from its domain, "globex.example" → "Globex": a starting point the user edits. */
export function clientNameFromDomain(domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  return label.charAt(0).toUpperCase() + label.slice(1);
}
