import { fixTable } from '../rule-kit/fix-table';

// `now` is Friday 27 Nov 2026: the first fix is the next business day, Monday 30 Nov.
fixTable('past-date', [
  ['I will send it on 3 March 2020.', 'I will send it by Monday, 30 Nov.'],
  ['We will deliver by 12 May 2025.', 'We will deliver by Monday, 30 Nov.'],
  ['我们会在2020年3月1日前发货。', '我们会在下周一（11月30日）前发货。'],
  ['我们会在2025年5月12日发货。', '我们会在下周一（11月30日）前发货。'],
]);
