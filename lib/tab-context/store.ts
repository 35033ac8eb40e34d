import { browser } from 'wxt/browser';
import { tabContextSchema, type TabContext } from '../model/tab-context';

/*
 * Each tab's context (lib/model/tab-context) in storage.session, which web pages and content scripts
 * cannot read: the background writes it, the side panel and popup follow the active tab's.
 */

const PREFIX = 'kept:context:';

/** The storage.session key of one tab's context. */
const tabContextKey = (tabId: number): string => `${PREFIX}${tabId}`;

/** Stores (or, with `undefined`, clears) a tab's context. Background only. */
export async function writeTabContext(tabId: number, context: TabContext | undefined) {
  if (context) await browser.storage.session.set({ [tabContextKey(tabId)]: context });
  else await browser.storage.session.remove(tabContextKey(tabId));
}

/** A tab's context, if its page reported one. */
export async function readTabContext(tabId: number): Promise<TabContext | undefined> {
  const raw = (await browser.storage.session.get(tabContextKey(tabId)))[tabContextKey(tabId)];
  const parsed = tabContextSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Calls `onChange` whenever the context of `tabId` changes (the thread or recipients changed). */
export function watchTabContext(
  tabId: number,
  onChange: (context: TabContext | undefined) => void,
): () => void {
  const key = tabContextKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    const parsed = tabContextSchema.safeParse(changes[key]!.newValue);
    onChange(parsed.success ? parsed.data : undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The id of the active tab in the current window (no `tabs` permission needed for the id). */
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Calls `onChange` with the new active tab id whenever the user switches tabs. */
export function watchActiveTab(onChange: (tabId: number) => void): () => void {
  const listener = ({ tabId }: { tabId: number }) => onChange(tabId);
  browser.tabs.onActivated.addListener(listener);
  return () => browser.tabs.onActivated.removeListener(listener);
}

/** Forgets a tab's context when the tab closes, so session storage does not grow. Background only. */
export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void writeTabContext(tabId, undefined));
}
