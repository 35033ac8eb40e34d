/** English tokens with tags from compromise and UTF-16 offsets into the sentence. */
import nlp from 'compromise';

export interface Token {
  /** Lower-case word with contractions expanded ("'ll" → "will", "n't" → "not"). */
  word: string;
  tags: Set<string>;
  start: number;
  end: number;
  /** Punctuation right after the token (", " "; " ". "). */
  post: string;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  implicit?: string;
  tags: Set<string>;
}

/**
 * Tags the sentence with compromise (the expensive step, run only to confirm a candidate overpromise).
 * Only the lexicon and suffix tagging passes run (tokenize already splits contractions): the full pipeline costs ~4x more and its
 * later passes (phrase-level retagging) change nothing the clause analysis reads.
 */
export function tokenize(sentence: string): Token[] {
  const doc = nlp.tokenize(sentence);
  doc.compute(['lexicon', 'preTagger']);
  const terms = (doc as unknown as { docs: Term[][] }).docs.flat();
  const tokens: Token[] = [];
  let pos = 0;
  for (const term of terms) {
    const pre = sentence.indexOf(term.text, pos);
    const start = term.text && pre >= 0 ? pre : pos;
    const end = start + term.text.length;
    pos = end;
    const word = (term.machine || term.implicit || term.normal || term.text).toLowerCase();
    tokens.push({ word, tags: term.tags, start, end, post: term.post.trim() });
  }
  return tokens;
}
