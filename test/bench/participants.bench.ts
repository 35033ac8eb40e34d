import { emailsIn } from '../../lib/sites/generic/addresses';
import { median, round, sample } from './stats';

/**
 * Reading addresses out of page text stays linear: 40,000 characters of the shapes that made the old
 * pattern quadratic (a run of address characters with no "@", a run of "a@", a domain with no dot),
 * plus ordinary text with addresses in it. Budget in the README.
 */
const WORST = [
  'a'.repeat(40_000),
  'a@'.repeat(20_000),
  `x@${'b'.repeat(39_990)}`,
  'Dana Reyes <dana@acme.com>, Lee Chen <lee.chen@acme.co.uk>; '.repeat(650),
];

export default async (): Promise<Record<string, number>> => {
  const samples = await sample(
    () => {
      for (const text of WORST) emailsIn(text);
    },
    { warmup: 5, runs: 30 },
  );
  return { 'participants.scan40k.ms': round(median(samples) / WORST.length) };
};
