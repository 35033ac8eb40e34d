import { useId } from 'react';
import { useI18n } from './I18nProvider';
import { useClientSearch } from './hooks/live-reads';

/**
 * A client name field with suggestions (a native combobox: `<input list>`), keyboard-usable
 * everywhere. The parent matches the typed name to a client.
 */
export function ClientField({
  value,
  onChange,
}: {
  value: string;
  onChange: (name: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const options = useClientSearch(value, 20) ?? [];
  return (
    <div className="kept-field">
      <label htmlFor={id}>{t('popup.client')}</label>
      <input
        id={id}
        list={`${id}-list`}
        value={value}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        required
      />
      <datalist id={`${id}-list`}>
        {options.map((c) => (
          <option key={c.id} value={c.name} />
        ))}
      </datalist>
    </div>
  );
}
