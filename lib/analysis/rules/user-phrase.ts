/**
 * user-phrase: phrases the user asked Kept to flag as overpromises (options page, settings.flag),
 * matched case-insensitively in any language.
 */
import { makeFinding, say } from '../rule-kit/finding';
import { findPhrase } from '../text/find-phrase';
import type { Rule } from '../types';

export const userPhrase: Rule = {
  id: 'user-phrase',
  kind: 'overpromise',
  severity: 'warning',
  // Its phrases come from the user's settings, which the analyzer checks before the cue pass.
  cues: {},
  description: 'Phrases you asked Kept to flag (Options → Rules → extra phrases).',
  examples: {
    flags: [
      { text: 'It is a piece of cake.', settings: { flag: ['piece of cake'] } },
      { text: '这是小意思。', settings: { flag: ['小意思'] } },
    ],
    ignores: [{ text: 'It is a piece of cake.', settings: { flag: ['walk in the park'] } }],
  },
  check({ facts, ctx }) {
    const { text, lang } = facts;
    return ctx.settings.flag.flatMap((phrase) =>
      findPhrase(text, phrase.trim()).map((m) =>
        makeFinding(
          this,
          text,
          m.start,
          m.end,
          say(lang, `You asked Kept to flag "${phrase}".`, `您要求 Kept 标出：“${phrase}”。`),
        ),
      ),
    );
  },
};
