import { fixTable } from '../rule-kit/fix-table';

fixTable('overpromise-absolute-scope', [
  [
    'I will make sure this will never happen again.',
    'I will make sure this is much less likely to happen again.',
  ],
  [
    "I'll make sure it never happens again.",
    "I'll make sure it is much less likely to happen again.",
  ],
  ["We'll do anything you need.", "We'll do what we reasonably can."],
  ['We will always be available.', 'We will be available during business hours.'],
  ['We will deliver on time, every time.', 'We will deliver on time, as a rule.'],
  ['Our product is 100% secure.', 'Our product is highly secure.'],
  ['It is 100% risk-free.', 'It is low-risk.'],
  ['The release is bug-free.', 'The release is thoroughly tested.'],
  ['The release is completely bug-free.', 'The release is thoroughly tested.'],
  ['Your data is totally safe with us.', 'Your data is well protected with us.'],
  [
    "We'll get you a full refund no matter what the airline says.",
    "We'll get you a full refund as far as we can, whatever the airline says.",
  ],
  [
    "Sorry for the wait; it won't happen again.",
    'Sorry for the wait; it is much less likely to happen again.',
  ],
  [
    'Whatever it takes, we will have the stand ready by Sunday.',
    'As best we can, we will have the stand ready by Sunday.',
  ],
  ['There is zero risk.', 'There is low risk.'],
  ['这种情况以后不会再出现。', '这种情况以后尽量不再出现。'],
  ['您的库存数据就不会再出错了。', '您的库存数据就尽量不再出错了。'],
  ['这款屋顶永远不会漏水。', '这款屋顶应该不会漏水。'],
  ['任何需求我们都会满足。', '大部分需求我们都会满足。'],
  ['您不会有任何损失。', '您不会有太大损失。'],
  ['绝不让您多花一分钱。', '尽量不让您多花一分钱。'],
]);
