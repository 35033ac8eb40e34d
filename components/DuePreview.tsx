import type { ParsedDue } from './use-parsed-due';
import { useI18n } from './I18nProvider';

/** The live reading of a "when" field: the resolved date, or a warning when there is none. */
export function DuePreview({
  id,
  input,
  parsed,
}: {
  id: string;
  input: string;
  parsed: ParsedDue;
}) {
  const { t } = useI18n();
  if (parsed.kind === 'explicit' && parsed.label)
    return (
      <p id={id} className="kept-due-preview" role="status">
        {t('due.resolved', { date: parsed.label })}
      </p>
    );
  const message =
    parsed.kind === 'vague'
      ? t('due.vague', { phrase: parsed.phrase ?? input })
      : input.trim()
        ? t('due.unreadable')
        : t('due.missing');
  return (
    <p id={id} className="kept-due-preview kept-warn" role="status">
      {message}
    </p>
  );
}
