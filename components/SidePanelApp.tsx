import { Brand } from './Brand';

/** The side panel beside client threads. Client goals and commitments arrive with the ledger. */
export function SidePanelApp() {
  return (
    <main className="kept-page">
      <Brand subtitle="Client" />
      <section className="kept-card" aria-label="Client">
        <h2>No client open</h2>
        <p className="kept-muted">
          Open a Gmail thread or a draft to a client. The client&apos;s goals and open commitments
          will show here once the ledger is built; Kept stores nothing yet.
        </p>
      </section>
    </main>
  );
}
