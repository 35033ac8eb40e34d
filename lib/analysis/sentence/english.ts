/**
 * English clause structure on compromise's tags: for each future marker (will, 'll, shall, going to,
 * let me, want/hope/plan to…), who acts, whether it is negated, hedged, a guess, a question or waits on
 * the recipient, and what the action is.
 */
import type { Actor, Clause } from '../types';
import {
  GUESSES,
  HEDGES,
  RECIPIENT_CONDITION,
  SELF_VERBS,
  SELF_VERB_RESCUES,
  SKIPPABLE,
  WRITER_POSSESSIVES,
  WRITER_SUBJECTS,
} from './lexicon-en';
import type { Token } from './tokens';

const BE = new Set(['am', 'are', 'is', "'m", "'re"]);
/** Intent verbs that, with the writer as subject, undertake something ("we expect to file by…"). */
const INTENT = new Set(['expect', 'promise', 'commit']);
/** Present progressives that announce a delivery already under way ("I am forwarding to you today"). */
const DELIVERING = new Set([
  'sending',
  'forwarding',
  'having',
  'emailing',
  'faxing',
  'mailing',
  'preparing',
  'drafting',
  'shipping',
  'couriering',
]);
const SUBJECT_PRONOUNS: Record<string, Actor> = {
  i: 'writer',
  we: 'writer',
  he: 'third',
  she: 'third',
  they: 'third',
};
const EMBEDDING = new Set(['where', 'what', 'how', 'whether', 'which', 'who', 'whom', 'why', 'if']);
const BOUNDARY_WORDS = new Set([
  'and',
  'but',
  'so',
  'or',
  'because',
  'while',
  'although',
  'though',
  'that',
  'which',
  'since',
  'as',
  'if',
  'when',
  'once',
  'unless',
]);
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);

/** Whether a boundary (clause edge) sits between tokens i and i+1. */
const boundaryAfter = (t: Token): boolean => /[,;:()!?.—–-]/.test(t.post);

interface Subject {
  actor: Actor;
  start: number;
  guess: boolean;
}

/**
 * Who is the subject for the verb group starting at token `i`: walks left over adverbs to a pronoun or
 * noun; an elided subject at the start of a sentence is the writer ("Will call you later").
 */
export function subjectBefore(tokens: Token[], i: number): Subject {
  let guess = false;
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (boundaryAfter(t)) return elided(tokens, j, i);
    if (GUESSES.has(t.word)) guess = true;
    if (
      SKIPPABLE.has(t.word) ||
      GUESSES.has(t.word) ||
      (t.tags.has('Adverb') && !t.tags.has('Noun'))
    )
      continue;
    if (t.word === 'would' || t.word === 'really') continue;
    if (BOUNDARY_WORDS.has(t.word) || t.tags.has('Conjunction')) return elided(tokens, j, i);
    if (WRITER_SUBJECTS.has(t.word)) return { actor: 'writer', start: t.start, guess };
    if (t.word === 'you' || t.word === 'u') return { actor: 'recipient', start: t.start, guess };
    const owner = tokens[j - 1];
    if (owner && WRITER_POSSESSIVES.has(owner.word))
      return { actor: 'writer', start: owner.start, guess };
    if (/^(it|this|that|there|these|those|which|what)$/.test(t.word))
      return { actor: 'none', start: t.start, guess };
    return { actor: 'third', start: t.start, guess };
  }
  return { actor: 'writer', start: tokens[i]?.start ?? 0, guess };
}

/** An elided subject after a boundary continues the previous clause's subject ("…, and will call you"). */
function elided(tokens: Token[], j: number, i: number): Subject {
  for (let k = j; k >= 0; k--) {
    const actor = SUBJECT_PRONOUNS[tokens[k]!.word];
    if (actor) return { actor, start: tokens[i]!.start, guess: false };
  }
  const onlyGreeting = tokens
    .slice(0, j + 1)
    .every((t) => t.tags.has('Noun') || t.tags.has('Expression'));
  return { actor: onlyGreeting ? 'writer' : 'third', start: tokens[i]!.start, guess: false };
}

/**
 * A subject inside a relative or wh-clause ("the countries I will be visiting", "where we are going to").
 * After a subordinate clause written without a comma ("As soon as I get answers I will…") the noun
 * before the subject ends that clause instead.
 */
function embedded(tokens: Token[], subject: Subject): boolean {
  const j = tokens.findIndex((t) => t.start === subject.start);
  const before = tokens[j - 1];
  if (j <= 0 || !before || boundaryAfter(before)) return false;
  if (EMBEDDING.has(before.word)) return true;
  if (tokens.slice(0, j).some((t) => SUBORDINATORS.has(t.word))) return false;
  return (
    before.tags.has('Noun') &&
    !before.tags.has('Pronoun') &&
    !before.tags.has('Date') &&
    !before.tags.has('Person')
  );
}

/** "More to follow", "details to follow": the writer will send more. */
const MORE_TO_FOLLOW =
  /\b(more|details|information|updates?|minutes|agenda)\b[^.;!?]{0,15}\bto follow\b/i;
const SUBORDINATORS = new Set([
  'once',
  'when',
  'after',
  'before',
  'until',
  'since',
  'because',
  'soon',
]);
/** A trailing "I guess" or "I suppose" turns a plan into a guess. */
const SELF_GUESS = /\b(i guess|i suppose)\b/i;
/** Things that "will follow" from the writer ("the form will follow shortly"). */
const FOLLOWING_THINGS =
  /^(more|information|info|details?|forms?|cop(y|ies)|drafts?|it|this|that|updates?|documents?|invitations?|confirmations?|agenda|minutes|materials?|reports?|schedules?|lists?|originals?)$/;

function thingWillFollow(tokens: Token[], subject: Subject, action: string): boolean {
  const word = tokens.find((t) => t.start === subject.start)?.word ?? '';
  return (
    FOLLOWING_THINGS.test(word) &&
    /^follows?\b\W*(shortly|soon|later|between|in|by|within|next|tomorrow|today|under|$)/i.test(
      action,
    )
  );
}

function moreToFollow(sentence: string, start: number, end: number): Clause {
  const at = sentence.toLowerCase().indexOf('follow', start);
  return {
    start,
    end,
    text: sentence.slice(start, end),
    actor: 'writer',
    future: true,
    negated: false,
    hedged: false,
    conditional: false,
    question: false,
    pastOrPresentFact: false,
    deliverable: true,
    action: sentence.slice(at, end),
    actionStart: at,
    markerStart: at,
  };
}

/** "If you hear anything let me know, otherwise I'll…": "otherwise" lifts the recipient's condition. */
const overridden = (sentence: string, markerStart: number): boolean =>
  /\botherwise\b/i.test(sentence.slice(Math.max(0, markerStart - 30), markerStart));

/** Index of the token after a future marker starting at i, or -1 when i is not a marker. */
function markerEnd(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if ((t.word === 'will' || t.word === 'shall') && !t.tags.has('Noun')) return i + 1;
  if (t.word === 'gonna') return i + 1;
  if (t.word === 'going' && next?.word === 'to' && BE.has(tokens[i - 1]?.word ?? ''))
    return tokens[i + 2]?.tags.has('Verb') ? i + 2 : -1;
  if (DELIVERING.has(t.word) && BE.has(tokens[i - 1]?.word ?? '')) return i;
  if (t.word === 'promise' && !t.tags.has('Noun') && next && next.word !== 'to') return i + 1;
  if (t.word === 'let' && (next?.word === 'me' || next?.word === 'us')) return i + 2;
  if (INTENT.has(t.word) && next?.word === 'to' && !t.tags.has('PastTense')) return i + 2;
  return -1;
}

/** The clauses of an English sentence that speak about a future action. */
export function englishClauses(sentence: string, tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  const question = /\?\s*["')\]]*\s*$/.test(sentence);
  const conditional = RECIPIENT_CONDITION.test(sentence);
  const more = MORE_TO_FOLLOW.exec(sentence);
  if (more) clauses.push(moreToFollow(sentence, more.index, more.index + more[0].length));
  for (let i = 0; i < tokens.length; i++) {
    const after = markerEnd(tokens, i);
    if (after < 0) continue;
    const w = tokens[i]!.word;
    const markerIndex = w === 'going' || DELIVERING.has(w) ? i - 1 : i;
    const subject = subjectBefore(tokens, markerIndex);
    const intent = INTENT.has(w);
    if ((intent || DELIVERING.has(w)) && subject.actor !== 'writer') continue;
    if (embedded(tokens, subject)) continue;
    const clause = buildClause(sentence, tokens, markerIndex, after, subject);
    clause.hedged ||= w === 'expect';
    if (w === 'promise') Object.assign(clause, { deliverable: true, negated: false });
    if (DELIVERING.has(w)) clause.deliverable = true;
    if (thingWillFollow(tokens, subject, clause.action)) clause.actor = 'writer';
    clause.question = question;
    clause.conditional = conditional && !overridden(sentence, clause.markerStart);
    if (SELF_GUESS.test(sentence)) clause.deliverable = false;
    if (tokens[i]!.word === 'let' && /^(know|me|us)$/.test(tokens[after]?.word ?? '')) continue;
    clauses.push(clause);
    i = Math.max(i, after - 1);
  }
  return clauses;
}

function buildClause(
  sentence: string,
  tokens: Token[],
  m: number,
  k: number,
  subject: Subject,
): Clause {
  let negated = false;
  let hedged = false;
  let guess = subject.guess;
  while (k < tokens.length) {
    const w = tokens[k]!.word;
    if (NEGATIONS.has(w)) negated = true;
    else if (GUESSES.has(w)) guess = true;
    else if (HEDGES.has(w) && /^(to|and)$/.test(tokens[k + 1]?.word ?? '')) {
      hedged = true;
      k++;
    } else if (
      w === 'be' &&
      /^(happy|glad|pleased|delighted|honou?red|able)$/.test(tokens[k + 1]?.word ?? '') &&
      tokens[k + 2]?.word === 'to'
    ) {
      hedged ||= tokens[k + 1]!.word === 'able';
      k += 2;
    } else if (w === 'continue' && tokens[k + 1]?.word === 'to') k++;
    else if (!(SKIPPABLE.has(w) || (tokens[k]!.tags.has('Adverb') && !tokens[k]!.tags.has('Verb'))))
      break;
    k++;
  }
  const verb = tokens[k];
  let end = verb ? verb.end : tokens[m]!.end;
  for (let j = k; j < tokens.length && j < k + 10; j++) {
    end = tokens[j]!.end;
    if (/[;:.!?]|,/.test(tokens[j]!.post) && j > k) break;
  }
  const actionStart = verb ? verb.start : end;
  const action = sentence.slice(actionStart, end);
  return {
    start: Math.min(subject.start, tokens[m]!.start),
    end,
    text: sentence.slice(Math.min(subject.start, tokens[m]!.start), end),
    actor: subject.actor,
    future: true,
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
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  if (SELF_VERBS.has(w)) return w;
  if (w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    if (SELF_VERBS.has(stem)) return stem;
    if (SELF_VERBS.has(stem + 'e')) return stem + 'e';
    if (/(.)\1$/.test(stem) && SELF_VERBS.has(stem.slice(0, -1))) return stem.slice(0, -1);
    return stem;
  }
  return w;
}
