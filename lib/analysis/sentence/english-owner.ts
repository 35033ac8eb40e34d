/**
 * Whose side a noun-phrase subject is on. The writer's side is more than "I" and "we": teams, roles and
 * named colleagues of the writer's organisation ("Our finance team", "Priya from our design team",
 * "Our QA lead, Priya,", "Carla in accounts", "your account manager") undertake for the writer.
 */
import type { Actor } from '../types';
import type { Token } from './tokens';

/** Roles the writer's organisation assigns to the recipient ("your account manager will call"). */
const ASSIGNED_ROLE =
  /^(account|success|project|relationship|engagement|client|customer)?\s*(manager|rep|representative|consultant|coordinator|specialist|advisor|adviser|planner|contact|lead|team|agent|executive|partner|broker|designer|engineer|technician|installer|surveyor|driver|courier)s?$/;

/** Departments that name the writer's own colleagues ("Carla in accounts"). */
const DEPARTMENT =
  /^(accounts|accounting|finance|billing|support|legal|engineering|sales|operations|ops|dispatch|logistics|hr|payroll|procurement|marketing|design|it|qa|compliance|customer service)$/;

const DETERMINER = /^(the|a|an|this|that|these|those|our|my|your|their|his|her|its)$/;

/** Words that end a subject noun phrase on its left. */
const NP_EDGE = new Set(
  'and but so or because while although though that which who since as if when once unless then'.split(
    ' ',
  ),
);

/** The tokens of the noun phrase ending at token `j` (its left edge: a verb, a conjunction, a clause mark). */
export function nounPhraseStart(tokens: Token[], j: number): number {
  let k = j;
  while (k > 0) {
    const prev = tokens[k - 1]!;
    // A determiner opens the phrase: "the report our team will send" ends at "our".
    if (DETERMINER.test(tokens[k]!.word)) break;
    if (NP_EDGE.has(prev.word) || /[;:.!?()—–]/.test(prev.post)) break;
    // "our managed services desk": a participle after a determiner is an adjective.
    const modifier = /^(our|my|your|the|a|an)$/.test(tokens[k - 2]?.word ?? '');
    const isVerb =
      prev.tags.has('Verb') && !prev.tags.has('Gerund') && !prev.tags.has('Noun') && !modifier;
    if (isVerb && !/^(from|in|at|of|on)$/.test(prev.word)) break;
    k--;
    if (j - k > 8) break;
  }
  return k;
}

/**
 * The actor of a noun-phrase subject ending at token `j`, or null when the phrase says nothing about
 * sides (the caller then decides: a bare noun is a third party).
 */
export function nounPhraseOwner(tokens: Token[], j: number): Actor | null {
  const from = nounPhraseStart(tokens, j);
  const words = tokens.slice(from, j + 1).map((t) => t.word);
  if (words.some((w) => w === 'our' || w === 'my')) return 'writer';
  const your = words.indexOf('your');
  if (your >= 0 && ASSIGNED_ROLE.test(words.slice(your + 1).join(' '))) return 'writer';
  const inAt = words.findIndex((w, n) => (w === 'in' || w === 'from') && n > 0);
  if (inAt > 0 && DEPARTMENT.test(words.slice(inAt + 1).join(' '))) return 'writer';
  return null;
}
