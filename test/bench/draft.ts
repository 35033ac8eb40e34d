/**
 * The 2,000-word business draft the Gmail benchmarks analyse: ordinary client-mail sentences with a
 * dated commitment and an overpromise every ten, as a real long draft would mix them.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownFixture } from '../e2e/harness';

const SENTENCES = [
  'Thanks for the update on the quarterly numbers for region {n}.',
  'The team reviewed the draft contract and marked two clauses for legal.',
  'Our engineers met with your IT group to go through the access list.',
  'I attached the slides from the workshop and the notes from section {n}.',
  'We will send the revised migration plan by Friday.',
  'Could you confirm who should join the review call next week?',
  'The pilot in store {n} went well and the staff liked the new screens.',
  'We guarantee the import will finish before the weekend.',
  'Invoices for October are in the shared folder under finance.',
  'Let me know if the dashboard filters work for your analysts.',
];

/** The draft as paragraphs of four sentences, `words` words in all (rounded up to a sentence). */
export function draftParagraphs(words = 2000): string[] {
  let count = 0;
  const paragraphs: string[] = [];
  for (let n = 0; count < words; n++) {
    const sentence = SENTENCES[n % SENTENCES.length]!.replace('{n}', String(n));
    count += sentence.split(' ').length;
    if (n % 4 === 0) paragraphs.push('');
    paragraphs[paragraphs.length - 1] += `${sentence} `;
  }
  return paragraphs.map((p) => p.trim());
}

/** A saved-compose page whose body already holds the 2,000-word draft. */
export function draftPage(): string {
  const body = draftParagraphs()
    .map((p) => `<div>${p}</div><div><br></div>`)
    .join('');
  const html = readFileSync(ownFixture('gmail/gmail-compose-2026-11.html'), 'utf8').replace(
    /(<div class="Am Al[^>]*>)[\s\S]*?(<div class="gmail_signature")/,
    `$1${body}$2`,
  );
  const file = join(mkdtempSync(join(tmpdir(), 'kept-bench-')), 'gmail-2000-words.html');
  writeFileSync(file, html);
  return file;
}
