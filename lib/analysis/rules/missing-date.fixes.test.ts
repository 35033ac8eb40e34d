import { fixTable } from '../rule-kit/fix-table';

// `now` is Friday 27 Nov 2026: the first fix is the next business day, Monday 30 Nov.
fixTable('missing-date', [
  ["I'll send you the draft.", "I'll send you the draft by Monday, 30 Nov."],
  ['We will review the contract.', 'We will review the contract by Monday, 30 Nov.'],
  ['We will review the contract.', 'We will review the contract by Friday, 4 Dec.', 2],
  ['我们会跟进处理。', '我们会下周一（11月30日）前跟进处理。'],
  ['我会把这个情况反馈给工程师。', '我会下周一（11月30日）前把这个情况反馈给工程师。'],
]);
