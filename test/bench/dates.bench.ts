import { findDueDates } from '../../lib/analysis/dates/index';
import { median, round, sample } from './stats';

/**
 * Date recognition cost over a 300-word mixed English and Chinese email, sentence by sentence as the
 * analysis calls it (the text is written for this bench; no corpus text).
 */
const EMAIL = [
  'Hi Dana,',
  'Thanks for the call this morning and for walking us through the rollout plan in such detail.',
  'I will send the revised statement of work by Friday, and our legal team will review the indemnity clause next week.',
  'The pricing sheet still needs sign-off from finance, so I expect to confirm the final numbers within 2 business days.',
  'We are also looking at the integration questions your engineers raised, and I will get back to you on those as soon as possible.',
  'For the pilot, we can start on the 15th if your team has the sandbox ready by then.',
  'Training sessions would run in the second half of January, with the full launch by end of Q2.',
  'Please let me know whether the attached timeline works for your steering committee.',
  'If anything is unclear, I am happy to set up a short call tomorrow afternoon or on Monday.',
  '另外，关于发票的问题，我们会在两个工作日内给您回复。',
  '合同的中文版本我们会尽快整理好，月底前发给您确认。',
  '如果您那边有任何疑问，随时联系我。',
  'Our support team is available around the clock, and we usually answer tickets the same day.',
  'I have copied Priya, who will own the technical onboarding and can share the checklist later today.',
  'We reviewed the security questionnaire last week, and most answers are already in the shared folder.',
  'The remaining items depend on your single sign-on provider, which we can discuss during the workshop.',
  'Thanks again for your patience while we worked through the procurement steps.',
  'Looking forward to a great partnership and to seeing the team in Shanghai in March.',
  'Best regards,',
  'Alex',
];

export default async (): Promise<Record<string, number>> => {
  const ctx = { now: new Date('2026-11-27T02:00:00Z'), timeZone: 'Asia/Shanghai' };
  const samples = await sample(
    () => {
      for (const sentence of EMAIL) findDueDates(sentence, ctx);
    },
    { warmup: 20, runs: 200 },
  );
  return { 'dates.find300.ms': round(median(samples)) };
};
