/**
 * The English future markers (ARCHITECTURE: the analysis, mode): will, shall, going to, let me,
 * performative promises, intents and plans, arranged progressives. `markerEnd` says where the verb
 * group after a marker starts; english.ts reads the clause around it.
 */
import type { Token } from './tokens';

const BE = new Set(['am', 'are', 'is', "'m", "'re"]);

/** Performative promises: the clause they introduce is the writer's undertaking. */
export const PROMISING = new Set(['promise', 'guarantee']);

/** Intent verbs that, with the writer as subject, undertake something ("we expect to file by…"). */
export const INTENT = new Set([
  'expect',
  'promise',
  'commit',
  ...'plan intend aim hope want'.split(' '),
]);

/** Intent verbs that hedge what they introduce: a plan is still a commitment, never an overpromise. */
export const PLAN = new Set('expect plan intend aim hope want like'.split(' '));

/** Progressive intents ("we're aiming to", "I am hoping to"). */
export const PLAN_FORMS: Record<string, string> = {
  aiming: 'aim',
  planning: 'plan',
  hoping: 'hope',
  intending: 'intend',
  expecting: 'expect',
};

/** Present progressives that announce a delivery under way ("I am forwarding to you today"). */
export const DELIVERING = new Set(
  'sending forwarding having emailing faxing mailing preparing drafting shipping couriering issuing processing refunding booking scheduling arranging dispatching delivering releasing posting uploading'.split(
    ' ',
  ),
);

/**
 * Arrangements stated in the present: "Installation is booked for next Tuesday", "Your order ships
 * Monday", "The invoice goes out tomorrow" (english.ts keeps them only for deliverables).
 */
export const ARRANGED = new Set(['scheduled', 'booked', 'set', 'planned', 'lined']);
const FUTURE_AHEAD =
  /^\W*(out\s+)?(today|tonight|tomorrow|this (afternoon|evening|week)|next|on (the )?\d|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|by\b|within\b)/i;
const after = (tokens: Token[], i: number): string =>
  tokens
    .slice(i + 1, i + 5)
    .map((t) => t.word)
    .join(' ');

/**
 * Markers that follow their auxiliary ("we're sending", "are going to", "I'd like to", "we're on track
 * to", "is booked for"): the subject stands before the auxiliary, not before the marker.
 */
export const afterAuxiliary = (w: string): boolean =>
  w === 'going' ||
  w === 'like' ||
  w === 'on' ||
  DELIVERING.has(w) ||
  PLAN_FORMS[w] !== undefined ||
  ARRANGED.has(w);

/** Adverbs that may stand between an auxiliary and its marker ("we are absolutely going to"). */
const BETWEEN = /^(absolutely|definitely|certainly|surely|really|totally|still|also|just|now|all)$/;

/**
 * Index of the form of "be" that a marker at i leans on: right before it, or one adverb earlier
 * ("we're definitely going to"); -1 when there is none.
 */
export function beBefore(tokens: Token[], i: number): number {
  if (BE.has(tokens[i - 1]?.word ?? '')) return i - 1;
  if (BETWEEN.test(tokens[i - 1]?.word ?? '') && BE.has(tokens[i - 2]?.word ?? '')) return i - 2;
  return -1;
}

/** Index of the token after a future marker starting at i, or -1 when i is not a marker. */
export function markerEnd(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  const prev = tokens[i - 1]?.word ?? '';
  if ((t.word === 'will' || t.word === 'shall') && !t.tags.has('Noun')) return i + 1;
  if (t.word === 'gonna') return i + 1;
  if (t.word === 'going' && next?.word === 'to' && beBefore(tokens, i) >= 0)
    return tokens[i + 2]?.tags.has('Verb') ? i + 2 : -1;
  if (DELIVERING.has(t.word) && BE.has(prev)) return i;
  if (PROMISING.has(t.word) && !t.tags.has('Noun') && next && next.word !== 'to') return i + 1;
  // "Expect the survey from our surveyor by noon", "You can expect the quote tomorrow".
  if (
    t.word === 'expect' &&
    next?.word !== 'to' &&
    (i === 0 || (prev === 'can' && tokens[i - 2]?.word === 'you'))
  )
    return i + 1;
  // "Look out for an email from our onboarding team tomorrow": the writer's delivery announced.
  if (i === 0 && /^(look|watch|keep)$/.test(t.word) && /^(out|for)$/.test(next?.word ?? '')) {
    const k = tokens.findIndex((x, n) => n > i && x.word === 'for');
    return k > 0 && k < i + 5 ? k + 1 : -1;
  }
  // "The plan is to ship the first batch on Monday", "Our plan is to send the draft next week".
  if (
    t.word === 'plan' &&
    /^(the|our|my)$/.test(prev) &&
    next?.word === 'is' &&
    tokens[i + 2]?.word === 'to'
  )
    return i + 3;
  if (ARRANGED.has(t.word) && BE.has(prev) && /^(for|to)$/.test(next?.word ?? '')) return i;
  if (
    (t.word === 'ships' || (t.word === 'goes' && next?.word === 'out')) &&
    FUTURE_AHEAD.test(after(tokens, i))
  )
    return i;
  if (t.word === 'let' && (next?.word === 'me' || next?.word === 'us')) return i + 2;
  if (INTENT.has(t.word) && next?.word === 'to' && !t.tags.has('PastTense')) return i + 2;
  if (PLAN_FORMS[t.word] && next?.word === 'to' && BE.has(prev)) return i + 2;
  if (t.word === 'like' && prev === 'would' && next?.word === 'to') return i + 2;
  // "We're on track to hand over the keys by the 14th": an arranged plan.
  if (t.word === 'on' && next?.word === 'track' && tokens[i + 2]?.word === 'to' && BE.has(prev))
    return i + 3;
  // "We should be able to get it to you by Thursday", "I should have it updated by tomorrow".
  if (t.word === 'should' && next?.word === 'be' && tokens[i + 2]?.word === 'able') return i + 1;
  if (t.word === 'should' && next?.word === 'have' && !tokens[i + 2]?.tags.has('PastTense'))
    return i + 1;
  return -1;
}
