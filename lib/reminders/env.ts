import { browser } from 'wxt/browser';
import type { KeptDatabase } from '../db/database';
import { getSettings } from '../db/queries';
import type { ReminderEnv } from './alarms';

/** The user's time zone and reminder language (settings first, else the browser's UI language). */
export async function reminderEnv(db: KeptDatabase): Promise<ReminderEnv> {
  const { language } = await getSettings(db);
  const ui = language === 'auto' ? browser.i18n.getUILanguage() : language;
  return {
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    lang: ui.toLowerCase().startsWith('zh') ? 'zh' : 'en',
  };
}
