import { useEffect, useRef, useState } from 'react';
import { normalizeAddresses } from '../lib/model/addresses';
import { browser } from 'wxt/browser';
import { FOCUS_CLIENT_KEY, readFocusClient, watchFocusClient } from '../lib/reminders/open-client';
import { BUILT_IN_HOSTS } from '../lib/sites/hosts';
import { Brand } from './Brand';
import { ClientPanel } from './ClientPanel';
import { ClientTabs } from './ClientTabs';
import { CreateClientCard } from './CreateClientCard';
import { I18nProvider, useI18n } from './I18nProvider';
import { OverviewPanel } from './OverviewPanel';
import { RecordLink } from './RecordLink';
import { useResolvedClients } from './hooks/live-reads';
import { useNow } from './use-now';
import { useTabContext } from './use-tab-context';

/** A client chosen in the panel (search, overdue list) or by the background (a reminder's click). */
function usePickedClient(tabId: number | undefined) {
  const [picked, setPicked] = useState<string>();
  const lastTab = useRef(tabId);
  useEffect(() => {
    // Consumed once: a reminder clicked yesterday must not pin today's panel to its client.
    const take = (id: string | undefined) => {
      if (!id) return;
      setPicked(id);
      void browser.storage.session.remove(FOCUS_CLIENT_KEY);
    };
    void readFocusClient().then(take);
    return watchFocusClient(take);
  }, []);
  useEffect(() => {
    // Switching tabs means the user moved on: follow the new tab's thread again.
    if (lastTab.current !== undefined && lastTab.current !== tabId) setPicked(undefined);
    lastTab.current = tabId;
  }, [tabId]);
  return [picked, setPicked] as const;
}

function SidePanel() {
  const { t } = useI18n();
  const now = useNow();
  const { loaded, tabId, context } = useTabContext();
  const addresses = context?.addresses ?? [];
  const resolved = useResolvedClients(addresses, context?.threadId);
  const [picked, setPicked] = usePickedClient(tabId);
  const known = new Set(resolved?.flatMap((r) => r.addresses) ?? []);
  const unknown = normalizeAddresses(addresses).filter((a) => !known.has(a));
  const ready = loaded && resolved !== undefined;

  let body = null;
  if (ready && picked)
    body = (
      <>
        <button type="button" className="kept-link" onClick={() => setPicked(undefined)}>
          ← {t('panel.back')}
        </button>
        <ClientPanel clientId={picked} now={now} tabId={tabId} />
      </>
    );
  else if (ready && resolved.length > 0)
    body = (
      <ClientTabs
        clients={resolved.map((r) => r.client)}
        now={now}
        tabId={tabId}
        unknown={unknown}
        names={context?.names ?? {}}
      />
    );
  else if (ready && unknown.length > 0)
    body = (
      <CreateClientCard addresses={unknown} names={context?.names ?? {}} onCreated={setPicked} />
    );
  else if (ready) body = <OverviewPanel now={now} onPick={setPicked} />;

  return (
    <main className="kept-page kept-panel" aria-busy={!ready}>
      <Brand subtitle={t('panel.title')} />
      {body}
      {/* A CRM record (built-in sites) can be linked to a client where its emails do not say which. */}
      {ready && !picked && context?.threadId && context.site && context.site in BUILT_IN_HOSTS && (
        <RecordLink recordKey={context.threadId} />
      )}
    </main>
  );
}

/** The side panel beside client threads: the client's goals, commitments, trust and report. */
export function SidePanelApp() {
  return (
    <I18nProvider>
      <SidePanel />
    </I18nProvider>
  );
}
