import { browser } from 'wxt/browser';
import { siteOfHost } from '../sites';

/**
 * Turning Kept on and off for a site the user chooses: an optional host permission
 * for that one origin, and the generic content script registered for exactly the origins granted.
 * Registrations persist across browser restarts; a permission the user removes elsewhere (the
 * browser's extension settings) unregisters its site too.
 */

/** The id of the registered generic content script. */
export const GENERIC_SCRIPT_ID = 'kept-generic';
/**
 * The registered patterns, mirrored in `storage.local` so the generic content script already
 * running in a tab notices when its site is turned off (content scripts cannot read registrations).
 */
export const ENABLED_SITES_KEY = 'kept:enabled-sites';
/** Where WXT builds `entrypoints/generic.content`. */
export const GENERIC_SCRIPT_FILE = '/content-scripts/generic.js';

/**
 * The match pattern for the site at `url` (`https://help.example.com/*`), or null where Kept cannot
 * or need not be turned on: not a web page, or a site Kept runs on already.
 */
export function sitePattern(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (siteOfHost(parsed.host)) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The match patterns the generic content script is registered for. */
export async function enabledSites(): Promise<string[]> {
  const [script] = await browser.scripting.getRegisteredContentScripts({
    ids: [GENERIC_SCRIPT_ID],
  });
  return script?.matches ?? [];
}

async function register(matches: string[]): Promise<void> {
  await browser.storage.local.set({ [ENABLED_SITES_KEY]: matches });
  const registered = (await enabledSites()).length > 0;
  if (matches.length === 0) {
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
    return;
  }
  const script = {
    id: GENERIC_SCRIPT_ID,
    js: [GENERIC_SCRIPT_FILE],
    matches,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/**
 * Asks for `pattern`'s host permission — call it straight from the user's click: the browser shows
 * its permission prompt only during a user gesture — then registers Kept there and starts it in
 * `tabId` without a reload. Resolves false when the user declined.
 */
export async function enableSite(pattern: string, tabId?: number): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [pattern] });
  if (!granted) return false;
  await register([...new Set([...(await enabledSites()), pattern])]);
  if (tabId !== undefined)
    await browser.scripting
      .executeScript({ target: { tabId }, files: [GENERIC_SCRIPT_FILE] })
      .catch(() => undefined);
  return true;
}

/**
 * Unregisters Kept from `pattern` and gives its host permission back. Resolves false when the
 * browser kept the permission (one the extension cannot drop, e.g. granted by policy): Kept is off
 * there all the same.
 */
export async function disableSite(pattern: string): Promise<boolean> {
  await register((await enabledSites()).filter((p) => p !== pattern));
  return browser.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/** Background: when the user removes a site's permission in the browser, unregister it too. */
export function forgetRevokedSites(): void {
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void enabledSites().then((sites) => register(sites.filter((p) => !origins.includes(p))));
  });
}

/** Content script: calls `onOff` once when `pattern` is turned off (its pages stop checking at once). */
export function watchTurnedOff(pattern: string, onOff: () => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const now = changes[ENABLED_SITES_KEY]?.newValue;
    if (area !== 'local' || !now || (Array.isArray(now) && now.includes(pattern))) return;
    browser.storage.onChanged.removeListener(listener);
    onOff();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener));
}
