import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { disableSite, enableSite, enabledSites, sitePattern } from '../lib/site-access';
import { useI18n } from './I18nProvider';

interface ActiveSite {
  tabId: number;
  pattern: string;
  host: string;
  on: boolean;
}

/** The open tab's site, when Kept can be turned on or off there (`activeTab` reveals its address). */
function useActiveSite(): [ActiveSite | null, (site: ActiveSite) => void] {
  const [site, setSite] = useState<ActiveSite | null>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const pattern = sitePattern(tab?.url);
      if (!tab?.id || !pattern) return;
      const on = (await enabledSites()).includes(pattern);
      setSite({ tabId: tab.id, pattern, host: new URL(tab.url!).hostname, on });
    })().catch(() => undefined);
  }, []);
  return [site, setSite];
}

/**
 * The popup's "Turn Kept on for this site": asks the browser for this one site's
 * permission and registers Kept there; "Turn off" undoes both. Shown only on web pages Kept does not
 * already run on.
 */
export function SiteToggle() {
  const { t } = useI18n();
  const [site, setSite] = useActiveSite();
  const [note, setNote] = useState('');
  if (!site) return null;

  const toggle = async () => {
    setNote('');
    try {
      if (site.on) {
        await disableSite(site.pattern);
        setSite({ ...site, on: false });
      } else if (await enableSite(site.pattern, site.tabId)) setSite({ ...site, on: true });
      else setNote(t('siteAccess.declined'));
    } catch (error) {
      setNote(t('siteAccess.failed', { error: String(error) }));
    }
  };
  return (
    <section className="kept-site-toggle" aria-label={site.host}>
      <p className="kept-muted">
        {t(site.on ? 'siteAccess.isOn' : 'siteAccess.isOff', { site: site.host })}
      </p>
      <button type="button" onClick={() => void toggle()}>
        {t(site.on ? 'siteAccess.turnOff' : 'siteAccess.turnOn')}
      </button>
      {note && <p role="alert">{note}</p>}
    </section>
  );
}
