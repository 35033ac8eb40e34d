/** The verb group after an English future marker: negation, hedges, guesses and the action. */
import type { Clause } from '../types';
import { GUESSES, HEDGES, SELF_VERBS, SELF_VERB_RESCUES, SKIPPABLE } from './lexicon-en';
import type { Subject } from './english-subject';
import type { Token } from './tokens';

const NEGATIONS = new Set(['not', 'never', "n't", 'no']);
/** Certainty words that make an ability firm. */
const CERTAIN = /^(definitely|certainly|absolutely|surely)$/;
const GLAD = /^(happy|glad|pleased|delighted|honou?red|able)$/;

/** Builds the clause for marker token `m`, whose verb group starts at token `k`. */
export function buildClause(
  sentence: string,
  tokens: Token[],
  m: number,
  k: number,
  subject: Subject,
): Clause {
  let negated = false;
  let hedged = false;
  let guess = subject.guess;
  let certain = false;
  for (; k < tokens.length; k++) {
    const w = tokens[k]!.word;
    const next = tokens[k + 1]?.word ?? '';
    if (CERTAIN.test(w)) certain = true;
    if (NEGATIONS.has(w)) negated = true;
    else if (GUESSES.has(w)) guess = true;
    else if (HEDGES.has(w) && (next === 'to' || next === 'and')) {
      hedged = true;
      k++;
    } else if (w === 'be' && GLAD.test(next) && tokens[k + 2]?.word === 'to') {
      // "will be able to" hedges; "will definitely be able to" does not.
      hedged ||= next === 'able' && !certain;
      k += 2;
    } else if (w === 'continue' && next === 'to') k++;
    else if (!SKIPPABLE.has(w) && !(tokens[k]!.tags.has('Adverb') && !tokens[k]!.tags.has('Verb')))
      break;
  }
  const verb = tokens[k];
  let end = verb ? verb.end : tokens[m]!.end;
  for (let j = k; j < tokens.length && j < k + 10; j++) {
    end = tokens[j]!.end;
    if (/[;:.!?,]/.test(tokens[j]!.post) && j > k) break;
  }
  const start = Math.min(subject.start, tokens[m]!.start);
  const actionStart = verb ? verb.start : end;
  const action = sentence.slice(actionStart, end);
  return {
    start,
    end,
    text: sentence.slice(start, end),
    actor: subject.actor,
    negated,
    hedged: hedged || guess,
    conditional: false,
    question: false,
    pastOrPresentFact: false,
    deliverable: !guess && verb !== undefined && delivers(action, verb),
    action,
    actionStart,
    markerStart: tokens[m]!.start,
  };
}

/** Whether the action delivers something, i.e. is not one of the writer's own states or plans. */
function delivers(action: string, verb: Token): boolean {
  const lower = action.toLowerCase();
  const lemma = lemmaOf(verb.word);
  if (!SELF_VERBS.has(lemma)) return true;
  const gerund = /^be\s+(\w+ing)\b(.*)$/.exec(lower);
  if (gerund) {
    const inner = lemmaOf(gerund[1]!);
    if (!SELF_VERBS.has(inner)) return true;
    return SELF_VERB_RESCUES[inner]?.test(inner + gerund[2]) ?? false;
  }
  const rescue = SELF_VERB_RESCUES[lemma];
  return rescue !== undefined && rescue.test(lower.replace(/^\w+/, lemma));
}

/** A rough lemma, enough to look verbs up in the lists above. */
function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  if (SELF_VERBS.has(w) || !w.endsWith('ing')) return w;
  const stem = w.slice(0, -3);
  if (SELF_VERBS.has(stem)) return stem;
  if (SELF_VERBS.has(stem + 'e')) return stem + 'e';
  if (/(.)\1$/.test(stem) && SELF_VERBS.has(stem.slice(0, -1))) return stem.slice(0, -1);
  return stem;
}
