import { z } from 'zod';

export const SETTINGS_ID = 'settings';

export const severitySchema = z.enum(['error', 'warning', 'info']);

/** When the "falls due soon" reminder fires. */
export const reminderLeadSchema = z.discriminatedUnion('kind', [
  /** At `hour`:00 local time on the day before the due day (the default: 09:00). */
  z.strictObject({ kind: z.literal('dayBeforeAt'), hour: z.number().int().min(0).max(23) }),
  z.strictObject({
    kind: z.literal('minutesBefore'),
    minutes: z.number().int().min(1).max(20_160),
  }),
]);
export type ReminderLead = z.infer<typeof reminderLeadSchema>;

export const customPhraseSchema = z.strictObject({
  phrase: z.string().trim().min(1).max(200),
  /** `flag`: warn about it; `allow`: never warn about it. */
  mode: z.enum(['flag', 'allow']),
});

export const settingsSchema = z.strictObject({
  id: z.literal(SETTINGS_ID),
  rulesOff: z.array(z.string().max(100)).max(500),
  customPhrases: z.array(customPhraseSchema).max(1000),
  ruleSeverity: z.record(z.string().max(100), severitySchema),
  reminderLead: reminderLeadSchema,
  language: z.enum(['auto', 'en', 'zh-CN']),
  /** Site adapter ids (and origins for the generic adapter) Kept runs on. */
  enabledSites: z.array(z.string().max(300)).max(500),
  reviewBeforeSend: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A partial update of the settings; `id` cannot change. */
export const settingsPatchSchema = settingsSchema.omit({ id: true }).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  id: SETTINGS_ID,
  rulesOff: [],
  customPhrases: [],
  ruleSeverity: {},
  reminderLead: { kind: 'dayBeforeAt', hour: 9 },
  language: 'auto',
  enabledSites: ['gmail'],
  reviewBeforeSend: true,
};
