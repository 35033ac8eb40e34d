/**
 * user-phrase: phrases the user asked Kept to flag as overpromises (options page, settings.flag),
 * matched case-insensitively in any language.
 */
import { makeFinding, say } from '../rule-kit/finding';
import type { Rule } from '../types';

export const userPhrase: Rule = {
  id: 'user-phrase',
  kind: 'overpromise',
  severity: 'warning',
  description: 'Phrases you asked Kept to flag (Options → Rules → extra phrases).',
  examples: {
    flags: ['"piece of cake" when the user added it', '“小意思” when the user added it'],
    ignores: ['any phrase the user did not add'],
  },
  check({ facts, ctx }) {
    const { text, lang } = facts;
    const lower = text.toLowerCase();
    return ctx.settings.flag.flatMap((phrase) => {
      const needle = phrase.trim().toLowerCase();
      if (!needle) return [];
      const out = [];
      for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length)) {
        out.push(
          makeFinding(
            this,
            text,
            i,
            i + needle.length,
            say(lang, `You asked Kept to flag "${phrase}".`, `您设置了提醒：“${phrase}”。`),
          ),
        );
      }
      return out;
    });
  },
};
