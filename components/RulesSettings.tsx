import { useId } from 'react';
import { SEVERITY_STYLE, underlineOf } from './in-page/severity-style';
import { rules } from '../lib/analysis/rules';
import type { Settings } from '../lib/model/settings';
import { hasMessage } from '../lib/i18n';
import { CustomPhrases } from './CustomPhrases';
import { useI18n } from './I18nProvider';
import { useSettings } from './hooks/use-settings';

type Severity = Settings['ruleSeverity'][string];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** `overpromise-guarantee` → `overpromiseGuarantee`: message keys allow no hyphen (Chrome's _locales). */
const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Each analysis rule on or off with its severity, from the rule registry; plus custom phrases. */
export function RulesSettings() {
  const { t, lang } = useI18n();
  const id = useId();
  const { settings, save, error } = useSettings();
  if (!settings) return null;
  const text = (ruleId: string, part: 'name' | 'description', fallback: string) => {
    const key = `options.rules.list.${camel(ruleId)}.${part}`;
    return hasMessage(lang, key) ? t(key) : fallback;
  };
  const toggle = (ruleId: string, on: boolean) =>
    save({
      rulesOff: on ? settings.rulesOff.filter((r) => r !== ruleId) : [...settings.rulesOff, ruleId],
    });
  return (
    <section className="kept-card" id="rules" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.rules.heading')}</h2>
      <SeverityLegend />
      <ul className="kept-list">
        {rules.map((rule) => {
          const name = text(rule.id, 'name', rule.id);
          return (
            <li key={rule.id} className="kept-item kept-rule">
              <div className="kept-row">
                <input
                  type="checkbox"
                  id={`${id}-${rule.id}`}
                  checked={!settings.rulesOff.includes(rule.id)}
                  onChange={(e) => void toggle(rule.id, e.target.checked)}
                />
                <label htmlFor={`${id}-${rule.id}`}>
                  <strong>{name}</strong>
                </label>
                <select
                  aria-label={t('options.rules.severityOf', { rule: name })}
                  value={settings.ruleSeverity[rule.id] ?? rule.severity}
                  onChange={(e) =>
                    void save({
                      ruleSeverity: {
                        ...settings.ruleSeverity,
                        [rule.id]: e.target.value as Severity,
                      },
                    })
                  }
                >
                  {SEVERITIES.map((s) => (
                    <option key={s} value={s}>
                      {t(`options.rules.severity.${s}`)}
                    </option>
                  ))}
                </select>
              </div>
              <p className="kept-muted kept-rule-text">
                {text(rule.id, 'description', rule.description)}
              </p>
            </li>
          );
        })}
      </ul>
      <CustomPhrases settings={settings} save={save} />
      {error && <p className="kept-warn">{error}</p>}
    </section>
  );
}

/**
 * What each severity's underline looks like in a draft, drawn with the underlines' own style table
 * (components/in-page/severity-style), so the legend is the page's colours.
 */
function SeverityLegend() {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="kept-legend" role="group" aria-labelledby={`${id}-legend`}>
      <h3 id={`${id}-legend`}>{t('options.rules.legend.heading')}</h3>
      <p className="kept-muted">{t('options.rules.legend.intro')}</p>
      <ul className="kept-list">
        {SEVERITIES.map((severity) => (
          <li key={severity} data-severity={severity}>
            <span
              className="kept-legend-sample"
              style={{
                textDecoration: underlineOf(severity),
                textDecorationThickness: SEVERITY_STYLE[severity].thickness,
                textUnderlineOffset: '3px',
              }}
            >
              {t('options.rules.legend.sample')}
            </span>{' '}
            {t(`options.rules.legend.${severity}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
