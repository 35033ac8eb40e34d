import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from './I18nProvider';

/** The keys that open the popup, as the user set them (commands are user-changeable); none if unset. */
export function ShortcutHint() {
  const { t } = useI18n();
  const [keys, setKeys] = useState<string>();
  useEffect(() => {
    // Through a promise so a browser without the commands API just shows nothing.
    void Promise.resolve()
      .then(() => browser.commands.getAll())
      .then(
        (commands) => setKeys(commands.find((c) => c.name === '_execute_action')?.shortcut),
        () => setKeys(undefined),
      );
  }, []);
  if (!keys) return null;
  return <p className="kept-muted kept-shortcut">{t('popup.shortcut', { keys })}</p>;
}
