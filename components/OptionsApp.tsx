import { Brand } from './Brand';

/** The options page. Clients, rules, sites, reminders and data arrive with their issues. */
export function OptionsApp() {
  const manifest = browser.runtime.getManifest();
  return (
    <main className="kept-page" style={{ maxWidth: 720 }}>
      <Brand subtitle="Options" />
      <section className="kept-card" aria-label="About">
        <h2>About</h2>
        <p>
          Kept {manifest.version}. Everything Kept knows stays in this browser: no text and no
          client data are sent anywhere.
        </p>
      </section>
      <section className="kept-card" aria-label="Sites">
        <h2>Sites</h2>
        <p>Kept runs on Gmail (mail.google.com).</p>
      </section>
    </main>
  );
}
