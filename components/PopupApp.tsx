import { Brand } from './Brand';

/** The toolbar popup. Quick logging of a commitment arrives with the ledger. */
export function PopupApp() {
  return (
    <main className="kept-page" style={{ width: 340 }}>
      <Brand />
      <p>Promise only what you can keep, date every promise, keep every promise.</p>
      <p className="kept-muted">
        Logging a commitment from here arrives with the ledger; nothing is stored yet.
      </p>
      <p>
        <a href={browser.runtime.getURL('/playground.html')} target="_blank" rel="noreferrer">
          Open the playground
        </a>
      </p>
    </main>
  );
}
