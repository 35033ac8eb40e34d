import { Brand } from './Brand';
import { PlaygroundComposer } from './PlaygroundComposer';
import { PlaygroundSamples } from './PlaygroundSamples';

/**
 * The playground: a large rich-text composer where Kept's inline features (warnings, card, chip,
 * review before Send) run on whatever the user types, exactly as in Gmail.
 */
export function PlaygroundApp() {
  return (
    <main className="kept-page" style={{ maxWidth: 860, margin: '0 auto' }}>
      <Brand subtitle="Playground" />
      <p className="kept-muted">
        Write as you would to a client. Kept underlines overpromises and undated promises as you
        type; hover one for fixes. Nothing you type leaves this page.
      </p>
      <PlaygroundSamples />
      <PlaygroundComposer />
    </main>
  );
}
