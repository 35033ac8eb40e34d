import { useEffect, useState } from 'react';
import {
  activeTabId,
  readTabContext,
  watchActiveTab,
  watchTabContext,
} from '../lib/tab-context/store';
import type { TabContext } from '../lib/model/tab-context';

/** The active tab and what its thread or draft involves; follows tab switches and recipient changes. */
export interface ActiveTab {
  /** False until the first read finished (so screens do not flash "no context"). */
  loaded: boolean;
  tabId: number | undefined;
  context: TabContext | undefined;
}

export function useTabContext(): ActiveTab {
  const [state, setState] = useState<ActiveTab>({
    loaded: false,
    tabId: undefined,
    context: undefined,
  });
  useEffect(() => {
    let stopWatching = () => {};
    let cancelled = false;
    // Each follow supersedes the ones before it (a tab switch while a read is pending).
    let generation = 0;
    const follow = async (tabId: number | undefined) => {
      const mine = ++generation;
      stopWatching();
      stopWatching = () => {};
      // Watch before reading, so a context written while the read is in flight (the tab's page
      // reporting its draft just as the popup opens) is not lost; a change always wins over the read.
      let changed = false;
      if (tabId !== undefined)
        stopWatching = watchTabContext(tabId, (next) => {
          changed = true;
          if (!cancelled && mine === generation) setState({ loaded: true, tabId, context: next });
        });
      const context = tabId === undefined ? undefined : await readTabContext(tabId);
      if (cancelled || mine !== generation || changed) return;
      setState({ loaded: true, tabId, context });
    };
    activeTabId().then(follow, () => follow(undefined));
    const stopTabs = watchActiveTab((tabId) => void follow(tabId));
    return () => {
      cancelled = true;
      stopWatching();
      stopTabs();
    };
  }, []);
  return state;
}
