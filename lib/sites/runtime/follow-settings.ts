import type { Settings } from '../../db/settings';
import { loadSettings } from './services';

/**
 * Follows the user's settings for one composer: read when it opens, and again each time its editor
 * gets the focus back — which is what happens when the user returns from Options → Rules — so a rule
 * turned off or a severity changed applies to a draft already open. `apply` runs only on a change.
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
}
