/** English word lists for clause analysis (why each list exists is on the list). */

/** Words that speak for the writer's side as a subject. */
export const WRITER_SUBJECTS = new Set('i we me us'.split(' '));

/** Adverbs that may sit between subject, modal and verb without changing who acts. */
export const SKIPPABLE = new Set(
  'also then just still really personally gladly happily now again therefore thus so in fact all both immediately shortly soon first quickly promptly directly further even more as well too either each likewise surely definitely certainly absolutely always otherwise'.split(
    ' ',
  ),
);

/** Words that weaken a commitment into a guess: not a commitment ("we will probably keep"). */
export const GUESSES = new Set('probably maybe perhaps possibly likely might'.split(' '));

/** Words that hedge a commitment (still a commitment, never an overpromise). */
export const HEDGES = new Set(
  'try attempt endeavor endeavour hope hopefully aim expect should intend plan want like best'.split(
    ' ',
  ),
);

/** Verbs after which "will" describes the writer's own situation, not a deliverable. */
export const SELF_VERBS = new Set(
  'be need require assume go fly travel leave head sleep skip retire attend plan take sell buy trade use meet look welcome hear know enjoy want like love miss wait stay remain receive lose play feel think guess bet wonder make defer vacation return undergo die have get see let'.split(
    ' ',
  ),
);

/** Self verbs that still deliver when followed by these words ("get back to you", "see that it…"). */
export const SELF_VERB_RESCUES: Record<string, RegExp> = {
  let: /^let\s+(you|him|her|them|everyone|everybody|all|us|[a-z]+)\s+know\b/,
  leave: /^leave\s+(it|them|this|that|these|a|an|the|you|him|her|me|copies)\b/,
  have: /^have\s+(?!to\b)[a-z]+\s+(send|call|e-?mail|contact|reach out|follow up|get back|ring|text|forward)\b|^have\s+(\S+\s+){0,6}(meeting|call|class|session|lunch|dinner|review|draft|proposal|copy|copies|answer|update)\b|^have\s+(\S+\s+){0,6}(\w+ed|sent|done|ready|written|drawn|forwarded|live|available|up|running|in place|on site|onsite|on-site|on your|at your|at the venue|back|a draft|an? (answer|update|proposal|quote))\b|^have\s+(my|our|someone|somebody)\b|^have\s+(\S+\s+){0,8}(to|for) (you|your)\b/,
  get: /^get\s+[a-z]+\s+to\s+(send|call|e-?mail|contact|reach out|follow up|get back|ring|text|forward)\b|^get\s+(back|with|you|to (the|your|it|this|that)|it|this|that|them|these|those|a|an|the|some|my|our|your|ahold|in touch|around|out|over|together|this)\b/,
  see: /^see\s+(that|to it|what|if|whether)\b/,
  make: /^make\s+(sure|certain|the|those|these|any|all|some|your|our|a few|changes|corrections|edits|arrangements|adjustments|updates|revisions|a (copy|booking|reservation|call|payment|transfer|change|correction))\b/,
  look: /^look\s+(into|at|over|through)\b/,
  take: /^take\s+care\b/,
  meet: /^meet\s+(you|your)\b/,
  be: /^be\s+(in touch|sure)\b/,
};

/** Recipient-waiting conditions: an offer, not a commitment ("if you want, I can…"). */
export const RECIPIENT_CONDITION =
  /\b(if|unless|in case|should)\s+(you|your|u)\b|\bif\s+(needed|necessary|desired|required|acceptable|interested|helpful|useful|appropriate|preferred|you'd like)\b|\blet me know\s+(if|whether|when|and)\b|\bif (that|this|it) (works|helps|suits)\b|\blet me know\b.{0,60}\band (i|we)\b|\byou can\b.{0,60}\band (i|we)\b|^\W*(\w+[:,]\s*)?(can|could|would|will) you\b|\bif\b[^,;]{0,60}\byou (need|want|like|prefer|wish)\b/i;
