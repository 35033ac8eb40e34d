import { useState } from 'react';
import type { Settings, SettingsPatch } from '../../lib/model/settings';
import { sendMessage } from '../../lib/messaging/client';
import { useStoredSettings } from './live-reads';

/** The settings, live, and a save function that reports a refusal instead of throwing. */
export function useSettings(): {
  settings: Settings | undefined;
  save: (patch: SettingsPatch) => Promise<void>;
  error: string | undefined;
} {
  const settings = useStoredSettings();
  const [error, setError] = useState<string>();
  const save = async (patch: SettingsPatch) => {
    const result = await sendMessage('updateSettings', { patch });
    setError(result.ok ? undefined : result.error.message);
  };
  return { settings, save, error };
}
