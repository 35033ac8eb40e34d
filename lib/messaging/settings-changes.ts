import { browser } from 'wxt/browser';

/**
 * The `storage.local` key the background stamps after every write that may change the settings, so
 * that open tabs (which cannot open the extension's database) read them again
 * (docs/ARCHITECTURE.md, "The content-script boundary"). It holds no settings, only a fresh value
 * each time.
 */
export const SETTINGS_CHANGED_KEY = 'kept.settingsChanged';

let sequence = 0;

/** Background: tells every open tab the settings may have changed. */
export async function announceSettingsChanged(now = Date.now()): Promise<void> {
  sequence += 1;
  await browser.storage.local.set({ [SETTINGS_CHANGED_KEY]: `${now}.${sequence}` });
}

/** Content script: calls `listener` each time the background announces a settings change. */
export function onSettingsChanged(listener: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_CHANGED_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), {
    once: true,
  });
}
