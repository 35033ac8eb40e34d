import type { KeptDatabase } from '../database';
import {
  SETTINGS_ID,
  settingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../model/settings';
import { getSettings } from '../queries';
import { checked } from './shared';

/** Applies a partial update and returns the settings as stored. */
export async function updateSettings(db: KeptDatabase, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = checked(settingsSchema, { ...(await getSettings(db)), ...patch, id: SETTINGS_ID });
    await db.settings.put(next);
    return next;
  });
}
