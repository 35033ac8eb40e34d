import type { Settings } from '../model/settings';
import { onSettingsChanged } from '../messaging/settings-changes';
import { loadSettings } from './settings-cache';

/**
 * Follows the user's settings for one composer: read when it opens, again whenever the background
 * announces a change (Options, "Always allow" in another tab, an import), and when its editor gets the
 * focus back. So a rule turned off or a phrase allowed applies to a draft already open, and this tab's
 * copy never goes stale. `apply` runs only on a change.
 */
export function followSettings(
  editor: HTMLElement,
  signal: AbortSignal,
  apply: (settings: Settings | null) => void,
): void {
  let seen: string | undefined;
  const read = (refresh: boolean) =>
    void loadSettings(refresh).then((settings) => {
      const key = JSON.stringify(settings);
      if (signal.aborted || key === seen) return;
      seen = key;
      apply(settings);
    });
  read(false);
  editor.addEventListener('focus', () => read(true), { signal });
  onSettingsChanged(() => read(true), signal);
}
