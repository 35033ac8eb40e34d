import { useId, useState, type KeyboardEvent } from 'react';
import type { Client } from '../lib/model/entities';
import { useI18n } from './I18nProvider';
import { useClientSearch } from './hooks/live-reads';

/** What the user picked in the list: a client, or a new one to create under the typed name. */
export type ClientChoice = { client: Client } | { create: string };

/**
 * A client name field with a suggestion list (the ARIA combobox pattern): partial, case-insensitive
 * matches of the name or a domain ("acme" → Acme Logistics), and "+ Create “Globex”" when nothing
 * matches. Arrow keys move through the list, Enter picks, Escape closes; the parent resolves the
 * typed name when nothing is picked.
 */
export function ClientField({
  value,
  onChange,
  onPick,
}: {
  value: string;
  onChange: (name: string) => void;
  onPick: (choice: ClientChoice) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const matches = useClientSearch(value, 8);
  const name = value.trim();
  const exact = matches?.some((c) => c.name.toLowerCase() === name.toLowerCase());
  const choices: ClientChoice[] = [
    ...(matches ?? []).map((client) => ({ client })),
    ...(matches && name && !exact && matches.length === 0 ? [{ create: name }] : []),
  ];
  const shown = open && choices.length > 0 && !(exact && matches?.length === 1);
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (choice: ClientChoice) => {
    setOpen(false);
    setActive(-1);
    onPick(choice);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!shown) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + choices.length) % choices.length);
    } else if (event.key === 'Enter' && shown && active >= 0 && choices[active]) {
      event.preventDefault();
      pick(choices[active]);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="kept-field kept-combobox">
      <label htmlFor={id}>{t('popup.client')}</label>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        value={value}
        autoComplete="off"
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        required
      />
      <ul id={listId} role="listbox" aria-label={t('popup.client')} hidden={!shown}>
        {shown &&
          choices.map((choice, i) => (
            <li
              key={'client' in choice ? choice.client.id : 'create'}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'kept-option kept-option-active' : 'kept-option'}
              // Keep the focus in the field: a click picks before the input's blur closes the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(choice)}
            >
              {'client' in choice
                ? choice.client.name
                : t('popup.createClient', { name: choice.create })}
            </li>
          ))}
      </ul>
    </div>
  );
}
