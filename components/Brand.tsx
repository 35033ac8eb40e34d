import { useEffect } from 'react';

/**
 * Kept's name and mark, shown at the top of every extension page. The page's title (its tab, its
 * window, what a screen reader announces first) follows the subtitle, so it is in the UI language too.
 */
export function Brand({ subtitle }: { subtitle?: string }) {
  useEffect(() => {
    document.title = subtitle ? `Kept — ${subtitle}` : 'Kept';
  }, [subtitle]);
  return (
    <header className="kept-brand">
      <img src="/icon/48.png" alt="" />
      <h1>Kept{subtitle ? <span className="kept-muted"> · {subtitle}</span> : null}</h1>
    </header>
  );
}
