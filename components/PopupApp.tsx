import { useState } from 'react';
import { BUILT_IN_HOSTS } from '../lib/sites/hosts';
import { Brand } from './Brand';
import { DueCounts } from './DueCounts';
import { I18nProvider, useI18n } from './I18nProvider';
import { NoClientsHint } from './NoClientsHint';
import { QuickLogForm } from './QuickLogForm';
import { RecordLink } from './RecordLink';
import { ShortcutHint } from './ShortcutHint';
import { SiteToggle } from './SiteToggle';
import { useClientSearch, useResolvedClients } from './hooks/live-reads';
import { useNow } from './use-now';
import { useTabContext } from './use-tab-context';

function Popup() {
  const { t } = useI18n();
  const now = useNow();
  const { loaded, context } = useTabContext();
  const resolved = useResolvedClients(context?.addresses ?? [], context?.threadId);
  const anyClient = useClientSearch('', 1);
  // Mount the form once the first read of the tab is in (so it rarely switches under the user),
  // then keep it: the client field follows the tab's client whenever its context arrives later.
  const [ready, setReady] = useState(false);
  const firstRead = loaded && resolved !== undefined;
  if (firstRead && !ready) setReady(true);
  return (
    <main className="kept-page kept-popup">
      <Brand subtitle={t('popup.title')} />
      <DueCounts now={now} />
      {anyClient?.length === 0 && <NoClientsHint />}
      {ready && <QuickLogForm now={now} preselected={resolved?.[0]?.client} />}
      {context?.threadId && context.site && context.site in BUILT_IN_HOSTS && (
        <RecordLink recordKey={context.threadId} />
      )}
      <SiteToggle />
      <ShortcutHint />
    </main>
  );
}

/** The toolbar popup (Alt+Shift+K): log a commitment in seconds, see what is due. */
export function PopupApp() {
  return (
    <I18nProvider>
      <Popup />
    </I18nProvider>
  );
}
