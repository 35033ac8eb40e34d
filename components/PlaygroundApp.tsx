import { Brand } from './Brand';
import { I18nProvider, useI18n } from './I18nProvider';
import { PlaygroundComposer } from './PlaygroundComposer';
import { PlaygroundSamples } from './PlaygroundSamples';

/**
 * The playground: a large rich-text composer where Kept's inline features (warnings, card, chip,
 * review before Send) run on whatever the user types, exactly as in Gmail.
 */
export function PlaygroundApp() {
  return (
    <I18nProvider>
      <Playground />
    </I18nProvider>
  );
}

function Playground() {
  const { t } = useI18n();
  return (
    <main className="kept-page" style={{ maxWidth: 860, margin: '0 auto' }}>
      <Brand subtitle={t('playground.subtitle')} />
      <p className="kept-muted">{t('playground.intro')}</p>
      <PlaygroundSamples />
      <PlaygroundComposer />
    </main>
  );
}
