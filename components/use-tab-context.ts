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
    const follow = async (tabId: number | undefined) => {
      stopWatching();
      const context = tabId === undefined ? undefined : await readTabContext(tabId);
      if (cancelled) return;
      setState({ loaded: true, tabId, context });
      if (tabId !== undefined)
        stopWatching = watchTabContext(tabId, (next) =>
          setState({ loaded: true, tabId, context: next }),
        );
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
