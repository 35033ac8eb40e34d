import type { KeptDatabase } from '../database';
import {
  DEFAULT_SETTINGS,
  SETTINGS_ID,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../model/settings';
import { checked } from './shared';

/** The settings, or the defaults when none were saved yet. */
export async function getSettings(db: KeptDatabase): Promise<Settings> {
  return (await db.settings.get(SETTINGS_ID)) ?? DEFAULT_SETTINGS;
}

/** Applies a partial update and returns the settings as stored. */
export async function updateSettings(db: KeptDatabase, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = checked(settingsSchema, { ...(await getSettings(db)), ...patch, id: SETTINGS_ID });
    await db.settings.put(next);
    return next;
  });
}
