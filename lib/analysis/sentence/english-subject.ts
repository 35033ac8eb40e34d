/** Who acts in an English clause: the subject before a future marker, elided or embedded. */
import type { Actor } from '../types';
import { nounPhraseOwner, nounPhraseStart } from './english-owner';
import { GUESSES, SKIPPABLE, WRITER_SUBJECTS } from './lexicon-en';
import type { Token } from './tokens';

export interface Subject {
  actor: Actor;
  start: number;
  /** A guess word ("probably") sits between subject and marker. */
  guess: boolean;
}

const SUBJECT_PRONOUNS: Record<string, Actor> = {
  i: 'writer',
  we: 'writer',
  he: 'third',
  she: 'third',
  they: 'third',
};
const EMBEDDING = new Set('where what how whether which who whom why if'.split(' '));
const BOUNDARY_WORDS = new Set(
  'and but so or because while although though that which since as if when once unless'.split(' '),
);
const SUBORDINATORS = new Set('once when after before until since because soon'.split(' '));

/** Whether a clause edge (punctuation) follows the token. */
const boundaryAfter = (t: Token): boolean => /[,;:()!?.—–-]/.test(t.post);

/**
 * The subject for the verb group starting at token `i`: walks left over adverbs to a pronoun or noun;
 * an elided subject at the start of a sentence is the writer ("Will call you later").
 */
export function subjectBefore(tokens: Token[], i: number): Subject {
  let guess = false;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (boundaryAfter(t)) {
      // "Our QA lead, Priya, will…": an appositive name closes the subject with a comma.
      const appositive = j === i - 1 && /^,/.test(t.post) && nounPhraseOwner(tokens, j - 1);
      if (appositive === 'writer')
        return { actor: 'writer', start: tokens[nounPhraseStart(tokens, j - 1)]!.start, guess };
      return elided(tokens, j, i);
    }
    if (GUESSES.has(t.word)) guess = true;
    const adverb = t.tags.has('Adverb') && !t.tags.has('Noun');
    if (SKIPPABLE.has(t.word) || GUESSES.has(t.word) || adverb || t.word === 'would') continue;
    if (BOUNDARY_WORDS.has(t.word) || t.tags.has('Conjunction')) return elided(tokens, j, i);
    if (WRITER_SUBJECTS.has(t.word)) return { actor: 'writer', start: t.start, guess };
    if (t.word === 'you' || t.word === 'u') return { actor: 'recipient', start: t.start, guess };
    if (/^(it|this|that|there|these|those|which|what)$/.test(t.word))
      return { actor: 'none', start: t.start, guess };
    const owner = nounPhraseOwner(tokens, j);
    const phrase = tokens[nounPhraseStart(tokens, j)]!;
    return { actor: owner ?? 'third', start: phrase.start, guess };
  }
  return { actor: 'writer', start: tokens[i]?.start ?? 0, guess };
}

/** An elided subject after a boundary continues the previous clause's subject ("…, and will call you"). */
function elided(tokens: Token[], j: number, i: number): Subject {
  for (let k = j; k >= 0; k--) {
    const actor = SUBJECT_PRONOUNS[tokens[k]!.word];
    if (actor) return { actor, start: tokens[i]!.start, guess: false };
  }
  const lead = tokens
    .slice(0, j + 1)
    .map((t) => t.word)
    .join(' ');
  // "On it, will update you shortly", "Sure — will send it tonight": an acknowledgement is the writer's.
  const onlyGreeting =
    ACKNOWLEDGEMENT.test(lead) ||
    tokens.slice(0, j + 1).every((t) => t.tags.has('Noun') || t.tags.has('Expression'));
  return { actor: onlyGreeting ? 'writer' : 'third', start: tokens[i]!.start, guess: false };
}

const ACKNOWLEDGEMENT =
  /^(on it|will do|sure|ok|okay|noted|got it|understood|no problem|of course|absolutely|certainly|sounds good|thanks|thank you)$/;

/**
 * A subject inside a relative or wh-clause ("the countries I will be visiting", "where we are going to").
 * After a subordinate clause written without a comma ("As soon as I get answers I will…") the noun
 * before the subject ends that clause instead.
 */
export function embedded(tokens: Token[], subject: Subject): boolean {
  const j = tokens.findIndex((t) => t.start === subject.start);
  const before = tokens[j - 1];
  if (j <= 0 || !before || boundaryAfter(before)) return false;
  if (EMBEDDING.has(before.word)) return true;
  if (tokens.slice(0, j).some((t) => SUBORDINATORS.has(t.word))) return false;
  const tags = before.tags;
  return tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Date') && !tags.has('Person');
}
