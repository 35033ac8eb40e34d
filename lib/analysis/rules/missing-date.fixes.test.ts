import { fixTable } from '../rule-kit/fix-table';

// `now` is Friday 27 Nov 2026: the first fix is the next business day, Monday 30 Nov.
fixTable('missing-date', [
  ["I'll send you the draft.", "I'll send you the draft by Monday, 30 Nov."],
  ['We will review the contract.', 'We will review the contract by Monday, 30 Nov.'],
  ['We will review the contract.', 'We will review the contract by Friday, 4 Dec.', 2],
  // The date closes the clause, not the extractor's span ("let you | know").
  [
    "I'll chase the carrier for an updated ETA and let you know.",
    "I'll chase the carrier for an updated ETA and let you know by Monday, 30 Nov.",
  ],
  [
    'Let me pull the shipment history and send it across.',
    'Let me pull the shipment history and send it across by Monday, 30 Nov.',
  ],
  [
    'I will confirm as below unless I hear from you.',
    'I will confirm as below by Monday, 30 Nov unless I hear from you.',
  ],
  [
    'I will send our draft to him for review (I will copy you).',
    'I will send our draft to him for review by Monday, 30 Nov (I will copy you).',
  ],
  ['我们会跟进处理。', '我们会下周一（11月30日）前跟进处理。'],
  // Chinese puts the time before 帮您, 把/将 and adverbs like 再.
  ['理赔材料我帮您再核一遍。', '理赔材料我下周一（11月30日）前帮您再核一遍。'],
  ['好的，我会将此情况记录并反馈上去。', '好的，我会下周一（11月30日）前将此情况记录并反馈上去。'],
  ['我会把这个情况反馈给工程师。', '我会下周一（11月30日）前把这个情况反馈给工程师。'],
]);
