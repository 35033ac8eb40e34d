/**
 * A cheap English tokenizer with a small tag lexicon, for candidate sentences whose only cue is a
 * commitment marker. compromise (tokens.ts) is kept for sentences with an overpromise cue, where a
 * wrong subject or tense costs a false alarm; this keeps a cold 300-word email within a frame.
 */
import type { Token } from './tokens';

const CONTRACTIONS: Record<string, string[]> = {
  "won't": ['will', 'not'],
  "can't": ['can', 'not'],
  "shan't": ['shall', 'not'],
  "let's": ['let', 'us'],
  "i'm": ['i', 'am'],
};
const SUFFIXES: [RegExp, string][] = [
  [/n't$/, 'not'],
  [/'ll$/, 'will'],
  [/'re$/, 'are'],
  [/'m$/, 'am'],
  [/'d$/, 'would'],
  [/'ve$/, 'have'],
  [/'s$/, 'is'],
];

/** Closed-class words and their tags; anything else is tagged by position and suffix. */
const tagSets: [string, string[]][] = [
  ['i we you he she they it me us him her them', ['Noun', 'Pronoun']],
  ['will shall would can could should may might must', ['Verb', 'Modal']],
  ['and but or so because while although though yet nor', ['Conjunction']],
  ['the a an this that these those my our your his their its', ['Determiner']],
  ['to of in on at by for with from about into over after before', ['Preposition']],
  ['also then soon just still never always again now not too even', ['Adverb']],
  ['am is are was were be been have has had do does did', ['Verb']],
  [
    'today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday',
    ['Date', 'Noun'],
  ],
];
const LEXICON = new Map<string, string[]>();
for (const [words, tags] of tagSets) for (const w of words.split(' ')) LEXICON.set(w, tags);

/** Words after which an unknown word is a verb ("to send", "we promise", "let me check"). */
const AFTER_VERB = new Set(
  'to will shall would can could should me us i we they he she'.split(' '),
);

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)?|[^\sA-Za-z0-9]/g;

/**
 * Contractions typed without the apostrophe, read as such only where nothing else fits: at the start
 * of a sentence and before a word ("ill get the quote to u asap", "well send it by friday"; not "Well,").
 */
const BARE_CONTRACTIONS: Record<string, string[]> = {
  ill: ['i', 'will'],
  well: ['we', 'will'],
  im: ['i', 'am'],
  ive: ['i', 'have'],
};

/** Splits a word into expanded parts ("I'll" → i, will). */
function expand(lower: string, first = false): string[] {
  if (first && BARE_CONTRACTIONS[lower]) return BARE_CONTRACTIONS[lower];
  if (CONTRACTIONS[lower]) return CONTRACTIONS[lower];
  for (const [re, word] of SUFFIXES)
    if (re.test(lower) && lower.length > 2) return [lower.replace(re, ''), word];
  return [lower];
}

function tagOf(word: string, raw: string, prev: string | undefined, first: boolean): Set<string> {
  const known = LEXICON.get(word);
  if (known) return new Set(known);
  if (!first && /^[A-Z]/.test(raw)) return new Set(['Noun', 'ProperNoun', 'Person']);
  if (prev !== undefined && AFTER_VERB.has(prev)) return new Set(['Verb']);
  if (/ly$/.test(word)) return new Set(['Adverb']);
  if (/ing$/.test(word)) return new Set(['Verb', 'Gerund']);
  if (/ed$/.test(word)) return new Set(['Verb', 'PastTense']);
  return new Set(['Noun']);
}

/** Tokens of an English sentence without compromise. */
export function quickTokens(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    if (!/^[A-Za-z0-9]/.test(m[0])) {
      if (tokens.length > 0) tokens[tokens.length - 1]!.post += m[0];
      continue;
    }
    const raw = m[0].replace('’', "'");
    const bare = tokens.length === 0 && /^\s/.test(sentence.slice(m.index + raw.length));
    for (const word of expand(raw.toLowerCase(), bare)) {
      const tags = tagOf(word, raw, tokens[tokens.length - 1]?.word, tokens.length === 0);
      tokens.push({ word, tags, start: m.index, end: m.index + raw.length, post: '' });
    }
  }
  return tokens;
}
