import { fixTable } from '../rule-kit/fix-table';

// `now` is Friday 27 Nov 2026: the first fix is the next business day, Monday 30 Nov.
fixTable('vague-date', [
  ["I'll get back to you soon.", "I'll get back to you by Monday, 30 Nov."],
  ['We will send it ASAP.', 'We will send it by Monday, 30 Nov.'],
  ['I will send it once I hear from legal.', 'I will send it by Monday, 30 Nov.'],
  // Waiting on an event: the date takes the event's place.
  [
    "We'll review the lease redlines and send our comments once the landlord's counsel responds.",
    "We'll review the lease redlines and send our comments by Monday, 30 Nov.",
  ],
  [
    'Our team will send the revised mockups over soon-ish.',
    'Our team will send the revised mockups over by Monday, 30 Nov.',
  ],
  ["I'll provide details as I learn them.", "I'll provide details by Monday, 30 Nov."],
  ["Soon as I get it, I'll be distributing it.", "By Monday, 30 Nov, I'll be distributing it."],
  ['我们会尽快联系您。', '我们会下周一（11月30日）前联系您。'],
  ['稍后会有工作人员联系您。', '下周一（11月30日）前会有工作人员联系您。'],
]);
