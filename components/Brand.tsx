/** Kept's name and mark, shown at the top of every extension page. */
export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <header className="kept-brand">
      <img src="/icon/48.png" alt="" />
      <h1>Kept{subtitle ? <span className="kept-muted"> · {subtitle}</span> : null}</h1>
    </header>
  );
}
