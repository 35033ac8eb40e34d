import { fixTable } from '../rule-kit/fix-table';

fixTable('overpromise-instant', [
  ['We will fix it immediately.', 'We will fix it as quickly as possible.'],
  ["I'll get it resolved right away.", "I'll get it resolved as quickly as possible."],
  ['We will immediately fix it.', 'We will quickly fix it.'],
  ['我们马上为您解决。', '我们尽快为您解决。'],
  ['会立即处理好的。', '会尽快处理好的。'],
  ['我们会第一时间为您解决。', '我们会尽快为您解决。'],
  ["We'll have it done in a flash.", "We'll have it done as quickly as possible."],
]);
