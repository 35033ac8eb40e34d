import { healthOf } from '../lib/model/agenda';
import type { KeptRate as Rate } from '../lib/model/kept-rate';
import { HEALTH_KEYS, Sparkline, usePercent } from './Health';
import { useI18n } from './I18nProvider';

/**
 * The client's kept-on-time rate over 90 days, the trust the user is building: the figure coloured
 * by threshold (0 % is poor, never good), its health in words, and the trend when given.
 */
export function KeptRate({ rate, trend }: { rate: Rate; trend?: readonly (number | undefined)[] }) {
  const { t } = useI18n();
  const percent = usePercent()(rate.rate);
  const health = healthOf(rate.rate);
  return (
    <p className="kept-rate" role="status" aria-label={t('panel.rateLabel')}>
      {percent === undefined ? (
        t('panel.rateNone')
      ) : (
        <>
          <strong className={`kept-rate-figure kept-health-${health}`}>{percent}</strong>{' '}
          {t('panel.rate', { kept: rate.keptOnTime, due: rate.due })}{' '}
          <span className={`kept-health-word kept-health-${health}`}>{t(HEALTH_KEYS[health])}</span>
        </>
      )}
      {trend && trend.some((r) => r !== undefined) && (
        <>
          {' '}
          <Sparkline trend={trend} />
        </>
      )}
    </p>
  );
}
