// The cheap pass must never hide a sentence a rule would flag: every rule's own "flags" examples and
// phrase-table sentences pass it.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index';
import { hasCue } from './cues';
import { detectLang } from './lang';

const examples = rules
  .filter((r) => r.id !== 'user-phrase')
  .flatMap((r) => r.examples.flags.map((e) => [r.id, typeof e === 'string' ? e : e.text] as const));

describe('hasCue', () => {
  it.each(examples)('%s example passes the cue pass: %s', (_id, text) => {
    expect(hasCue(text, detectLang(text))).toBe(true);
  });
  it.each(['Thanks for the call this morning.', 'The invoice is attached.', '感谢您的支持。'])(
    'lets plain sentences skip the analysis: %s',
    (text) => {
      expect(hasCue(text, detectLang(text))).toBe(false);
    },
  );
});
