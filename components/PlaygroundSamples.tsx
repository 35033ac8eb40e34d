import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { openSidePanel } from '../lib/tab-context/side-panel';
import { sendMessage } from '../lib/messaging/client';
import { I18nProvider, useI18n } from './I18nProvider';
import { ledgerIsEmpty } from './hooks/live-reads';

const SEEDED_KEY = 'kept:playgroundSeeded';

/**
 * Loads the sample clients the first time the playground opens (so the composer's Dana resolves to
 * Acme), never again: a user who removed the samples keeps them removed. Only into an empty ledger.
 */
async function seedOnce(): Promise<void> {
  if ((await browser.storage.local.get(SEEDED_KEY))[SEEDED_KEY]) return;
  await browser.storage.local.set({ [SEEDED_KEY]: true });
  if (await ledgerIsEmpty()) await sendMessage('loadSampleData', {});
}

function SidePanelLink() {
  const { t } = useI18n();
  return (
    <p className="kept-muted">
      {t('playground.samples')}{' '}
      <button type="button" className="kept-link" onClick={() => void openSidePanel()}>
        {t('playground.openPanel')}
      </button>
    </p>
  );
}

/** The playground's sample data on first open, and a way into the side panel showing that client. */
export function PlaygroundSamples() {
  useEffect(() => {
    void seedOnce();
  }, []);
  return (
    <I18nProvider>
      <SidePanelLink />
    </I18nProvider>
  );
}
