import { healthOf, type Health } from '../lib/model/agenda';
import type { MessageKey } from '../lib/i18n';
import { useI18n } from './I18nProvider';

export const HEALTH_KEYS: Record<Health, MessageKey> = {
  good: 'agenda.healthGood',
  fair: 'agenda.healthFair',
  poor: 'agenda.healthPoor',
  none: 'agenda.healthNone',
};

/** A rate as a whole percentage in the UI language ("83%"), or undefined when there is none. */
export function usePercent(): (rate: number | undefined) => string | undefined {
  const { t } = useI18n();
  return (rate) =>
    rate === undefined ? undefined : t('agenda.percent', { value: Math.round(rate * 100) });
}

/**
 * The kept-on-time trend as a small inline SVG line, coloured by the latest reading's health; gaps
 * (nothing due in a window) break the line. Its name says what it shows and where it ends.
 */
export function Sparkline({ trend }: { trend: readonly (number | undefined)[] }) {
  const { t } = useI18n();
  const percent = usePercent();
  const width = 60;
  const height = 20;
  const step = trend.length > 1 ? width / (trend.length - 1) : 0;
  const last = [...trend].reverse().find((r) => r !== undefined);
  const segments: string[] = [];
  let current = '';
  trend.forEach((rate, i) => {
    if (rate === undefined) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    const point = `${(i * step).toFixed(1)},${(2 + (1 - rate) * (height - 4)).toFixed(1)}`;
    current += current ? ` L${point}` : `M${point}`;
  });
  if (current) segments.push(current);
  const label = t('agenda.trend', {
    rate: percent(last) ?? t(HEALTH_KEYS.none),
  });
  return (
    <svg
      className={`kept-spark kept-health-${healthOf(last)}`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <line className="kept-spark-base" x1="0" x2={width} y1={height - 2} y2={height - 2} />
      {segments.map((d, i) =>
        d.includes('L') ? (
          <path key={i} d={d} fill="none" stroke="currentColor" strokeWidth="2" />
        ) : (
          <circle
            key={i}
            cx={d.slice(1).split(',')[0]}
            cy={d.slice(1).split(',')[1]}
            r="2.5"
            fill="currentColor"
          />
        ),
      )}
    </svg>
  );
}

/** The kept-on-time figure coloured by threshold (good, fair, poor; "no data" neutral). */
export function RateFigure({ rate }: { rate: number | undefined }) {
  const { t } = useI18n();
  const percent = usePercent();
  const health = healthOf(rate);
  return (
    <span className={`kept-rate-badge kept-health-${health}`} title={t(HEALTH_KEYS[health])}>
      {percent(rate) ?? t(HEALTH_KEYS.none)}
    </span>
  );
}
