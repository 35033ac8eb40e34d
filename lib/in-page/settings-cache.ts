import type { RuleSettings } from '../analysis';
import type { Settings } from '../model/settings';
import { sendFromPage } from '../messaging/client';

/**
 * This tab's copy of the user's settings: read from the background (never written here), kept when a
 * later read fails, and turned into the analysis engine's rule settings.
 */

/** The verbs a content script may send: the router refuses the rest (protocol `inPage`). */
const ask = sendFromPage;

/** The last settings read; kept when a later read fails, so a failed read never loses them. */
let latest: Settings | null = null;
let fresh = false;
let reading: Promise<Settings | null> | undefined;
let rereading: Promise<Settings | null> | undefined;

/**
 * The user's settings, read once per page and again when they may have changed (`refresh`: the
 * background announced a change, lib/messaging/settings-changes.ts, or the user came back to the
 * tab); null until a read succeeded. Concurrent calls share one read; a read that fails keeps the
 * settings last read, and is tried again on the next call.
 */
export function loadSettings(refresh = false): Promise<Settings | null> {
  // A change announced while a read is under way may have missed it: read once more after it.
  if (reading && refresh)
    return (rereading ??= reading.then(() => {
      rereading = undefined;
      return loadSettings(true);
    }));
  if (reading) return reading;
  if (fresh && !refresh) return Promise.resolve(latest);
  reading = ask('getSettings', {})
    .then((r) => {
      if (r.ok) [latest, fresh] = [r.data.settings, true];
      return latest;
    })
    .finally(() => {
      reading = undefined;
    });
  return reading;
}

/** The settings last read, without reading: null until a read succeeded. */
export function cachedSettings(): Settings | null {
  return latest;
}

/** The analysis engine's view of the settings: rules off, phrases flagged and allowed, severities. */
export function ruleSettings(s: Settings | null): RuleSettings {
  const phrases = s?.customPhrases ?? [];
  return {
    disabled: s?.rulesOff ?? [],
    allow: phrases.filter((p) => p.mode === 'allow').map((p) => p.phrase),
    flag: phrases.filter((p) => p.mode === 'flag').map((p) => p.phrase),
    severity: s?.ruleSeverity ?? {},
  };
}

/**
 * "Always allow this phrase": the background adds it to the stored phrases (read and written there,
 * so phrases added in Options since this tab read its settings are kept); nothing is written here.
 */
export async function allowPhrase(phrase: string): Promise<void> {
  const result = await ask('allowPhrase', { phrase: phrase.slice(0, 200) });
  if (result.ok && !reading) [latest, fresh] = [result.data.settings, true];
}
