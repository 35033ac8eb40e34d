import type { KeptRate as Rate } from '../lib/model/kept-rate';
import { useI18n } from './I18nProvider';

/** The client's kept-on-time rate over 90 days: the trust the user is building. */
export function KeptRate({ rate }: { rate: Rate }) {
  const { t } = useI18n();
  const percent = rate.rate === undefined ? undefined : Math.round(rate.rate * 100);
  return (
    <p className="kept-rate" role="status" aria-label={t('panel.rateLabel')}>
      {percent === undefined ? (
        t('panel.rateNone')
      ) : (
        <>
          <strong className="kept-rate-figure">{percent}%</strong>{' '}
          {t('panel.rate', { kept: rate.keptOnTime, due: rate.due })}
        </>
      )}
    </p>
  );
}
