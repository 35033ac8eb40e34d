import { describe, expect, it } from 'vitest';
import { findDueDates } from './index';
import { NEW_YORK, only, SHANGHAI } from './test-helpers';

// now = Friday 27 Nov 2026 10:00 local. Date-only phrases resolve to 17:00 local (resolve.ts).
const SH = '+08:00';
const FLAGS: [string, string, string, boolean][] = [
  ['I will send it today.', 'today', `2026-11-27T17:00:00${SH}`, false],
  ['I will call you tonight.', 'tonight', `2026-11-27T23:59:00${SH}`, false],
  ['You will have it tomorrow.', 'tomorrow', `2026-11-28T17:00:00${SH}`, false],
  ["I'll review it this afternoon.", 'this afternoon', `2026-11-27T17:00:00${SH}`, false],
  ['We will deliver by Friday.', 'by Friday', `2026-12-04T17:00:00${SH}`, true],
  ['The invoice goes out on the 15th.', 'on the 15th', `2026-12-15T17:00:00${SH}`, false],
  ["I'll send the draft next week.", 'next week', `2026-12-04T17:00:00${SH}`, false],
  ["I'll finish it this week.", 'this week', `2026-11-27T17:00:00${SH}`, false],
  [
    'We will reply within 2 business days.',
    'within 2 business days',
    `2026-12-01T17:00:00${SH}`,
    true,
  ],
  ["You'll hear from us in 3 days.", 'in 3 days', `2026-11-30T17:00:00${SH}`, false],
  ["I'll confirm by EOD.", 'by EOD', `2026-11-27T17:00:00${SH}`, true],
  ['I will have it by end of day.', 'by end of day', `2026-11-27T17:00:00${SH}`, true],
  ['Will send by COB tomorrow.', 'by COB tomorrow', `2026-11-28T17:00:00${SH}`, true],
  ['Expect it by close of business.', 'by close of business', `2026-11-27T17:00:00${SH}`, true],
  [
    'We will wrap up by the end of the week.',
    'by the end of the week',
    `2026-11-27T17:00:00${SH}`,
    true,
  ],
  [
    'Payment will be made at the end of the month.',
    'the end of the month',
    `2026-11-30T17:00:00${SH}`,
    false,
  ],
  ['The module ships by end of Q2.', 'by end of Q2', `2027-06-30T17:00:00${SH}`, true],
  ['We launch in Q2 2027.', 'in Q2 2027', `2027-06-30T17:00:00${SH}`, false],
  ['The contract starts 15 March.', '15 March', `2027-03-15T17:00:00${SH}`, false],
  ['We will meet on March 15th.', 'March 15th', `2027-03-15T17:00:00${SH}`, false],
  ['Payment due 3/15.', '3/15', `2027-03-15T17:00:00${SH}`, false],
  ["I'll send it later today.", 'today', `2026-11-27T17:00:00${SH}`, false],
  ['It was due by yesterday.', 'by yesterday', `2026-11-26T17:00:00${SH}`, true],
  ['We said no later than Monday.', 'no later than Monday', `2026-11-30T17:00:00${SH}`, true],
  ['I will call you Friday at 3pm.', 'Friday at 3pm', `2026-12-04T15:00:00${SH}`, false],
  ['We will answer within 24 hours.', 'within 24 hours', `2026-11-28T10:00:00${SH}`, true],
  ['I sent it last Friday.', 'last Friday', `2026-11-20T17:00:00${SH}`, false],
  ['The report was due on 20 Nov.', 'on 20 Nov', `2026-11-20T17:00:00${SH}`, false],
  ['Let us meet early next week.', 'early next week', `2026-12-01T17:00:00${SH}`, false],
  ['Comments by the end of today.', 'by the end of today', `2026-11-27T17:00:00${SH}`, true],
  ["I'll call you tommorrow.", 'tommorrow', `2026-11-28T17:00:00${SH}`, false],
  ['The plan is final by mid-year.', 'by mid-year', `2027-06-30T17:00:00${SH}`, true],
  ["I'll talk to you in the morning.", 'morning', `2026-11-27T12:00:00${SH}`, false],
  ['We meet on Friday, as planned.', 'on Friday', `2026-12-04T17:00:00${SH}`, false],
  ['The call (Sunday) is moved.', 'Sunday', `2026-11-29T17:00:00${SH}`, false],
  ['Later this week works.', 'Later this week', `2026-11-27T17:00:00${SH}`, false],
  ['Expect it two weeks from now.', 'two weeks from now', `2026-12-11T17:00:00${SH}`, false],
  ["I'll reply in a day or two.", 'in a day or two', `2026-11-29T17:00:00${SH}`, false],
  ['We will test over the next 3 days.', 'over the next 3 days', `2026-11-30T17:00:00${SH}`, true],
  ['I sent it last week.', 'last week', `2026-11-20T17:00:00${SH}`, false],
  [
    'Dinner on the evening of January 31.',
    'evening of January 31',
    `2027-01-31T23:59:00${SH}`,
    false,
  ],
  ['See you this coming Friday.', 'this coming Friday', `2026-12-04T17:00:00${SH}`, false],
  [
    "You'll have it tomorrow at the latest.",
    'tomorrow at the latest',
    `2026-11-28T17:00:00${SH}`,
    true,
  ],
  ['Send it by 5pm Friday.', 'by 5pm Friday', `2026-12-04T17:00:00${SH}`, true],
  ['I will confirm by Monday EOD.', 'by Monday EOD', `2026-11-30T17:00:00${SH}`, true],
  ['Due 2026-12-04.', '2026-12-04', `2026-12-04T17:00:00${SH}`, false],
  ['We close the books by year-end.', 'by year-end', `2026-12-31T17:00:00${SH}`, true],
  ['Numbers due EOM.', 'EOM', `2026-11-30T17:00:00${SH}`, false],
  ['Payment by mid-month.', 'by mid-month', `2026-11-20T17:00:00${SH}`, true],
];

const IGNORES = [
  'May I ask a question?',
  'It is just the 2 of us.',
  'March Networks sent the quote.',
  'Please install version 2.1 first.',
  'Call me on 555-123-4567.',
  'They raised $5MM last round.',
  'See the Q&A section.',
  'Our Q2 results were strong.',
  'The office is on the 15th floor.',
  'Sun Microsystems was acquired.',
  'June will help you with that.',
  'It took 2 hours to load.',
  'I will send you the file.',
  'Good morning, Dana.',
  'That is still the best night for us.',
  'See the Mid-Year Process guide.',
  'I will do it now.',
  'The Year-end review is attached.',
  'We need to come in at 10% less.',
  'Take a 1/2 day off.',
  'As discussed it=20 may be combined.',
];

describe('English explicit dates (Shanghai, Fri 27 Nov 2026 10:00)', () => {
  it.each(FLAGS)('%s', (sentence, text, due, deadline) => {
    expect(only(sentence, SHANGHAI)).toEqual([text, due, deadline]);
  });
});

describe('English near-misses are not dates', () => {
  it.each(IGNORES)('%s', (sentence) => {
    expect(findDueDates(sentence, SHANGHAI)).toEqual([]);
  });
});

describe('English dates in New York', () => {
  const NY: [string, string, string][] = [
    ['I will deliver by Friday.', 'by Friday', '2026-12-04T17:00:00-05:00'],
    ['Tomorrow works.', 'Tomorrow', '2026-11-28T17:00:00-05:00'],
    ['By end of Q2.', 'By end of Q2', '2027-06-30T17:00:00-04:00'],
    ['within 2 business days', 'within 2 business days', '2026-12-01T17:00:00-05:00'],
    ['within 24 hours', 'within 24 hours', '2026-11-28T10:00:00-05:00'],
  ];
  it.each(NY)('%s', (sentence, text, due) => {
    const [m] = findDueDates(sentence, NEW_YORK);
    expect([m?.text, m?.due]).toEqual([text, due]);
  });

  it('uses 23:59 for a date-only deadline on today once 17:00 has passed', () => {
    const evening = { ...NEW_YORK, now: new Date('2026-11-27T23:30:00Z') };
    expect(findDueDates('by EOD', evening)[0]?.due).toBe('2026-11-27T23:59:00-05:00');
  });

  it('keeps a recent past month-day in this year and moves a long-past one to next year', () => {
    const march5 = { ...SHANGHAI, now: new Date('2026-03-05T02:00:00Z') };
    expect(findDueDates('by 3 March', march5)[0]?.due).toBe('2026-03-03T17:00:00+08:00');
    expect(findDueDates('on 3 March', SHANGHAI)[0]?.due).toBe('2027-03-03T17:00:00+08:00');
  });
});
