import { fixTable } from '../rule-kit/fix-table';

fixTable('overpromise-guarantee', [
  ['We guarantee delivery by Monday.', 'We aim for delivery by Monday.'],
  ['I promise this will be fixed.', 'I will do my best to make sure this will be fixed.'],
  ['You can count on us to deliver on time.', "We'll do our best to deliver on time."],
  ['Rest assured, we will handle it.', 'Hopefully, we will handle it.'],
  ['Rest assured that we will fix it.', 'I expect that we will fix it.'],
  ['Delivery is guaranteed by Friday.', 'Delivery is expected by Friday.'],
  ['Consider it done.', "I'll take care of it."],
  [
    'We guarantee the new line will be installed by Friday.',
    'We will do our best to make sure the new line will be installed by Friday.',
  ],
  ['I promise delivery by Monday.', 'I aim for delivery by Monday.'],
  ["We'll have it fixed by Friday, I promise.", "We'll have it fixed by Friday, I hope."],
  ['It will be ready Monday, I guarantee it.', 'It will be ready Monday, I expect it.'],
  ["I promise you we'll be there.", "I can tell you we'll be there."],
  ['We promise you a smooth launch.', 'We will do our best to give you a smooth launch.'],
  [
    'I can promise you there will be no further delays.',
    'I can tell you there will be no further delays.',
  ],
  ["I guarantee you won't regret it.", "I expect you won't regret it."],
  ['Trust me, the numbers will work out.', 'Hopefully, the numbers will work out.'],
  ['Delivery by 9am tomorrow — you have my word.', "Delivery by 9am tomorrow — that's our plan."],
  ['You have my word.', "That's our plan."],
  [
    'Trust us, the project will come in under budget.',
    'Hopefully, the project will come in under budget.',
  ],
  ['保证明天完成。', '争取明天完成。'],
  ['请您放心，我们会处理好的。', '我们会尽力处理的。'],
  ['包您满意。', '尽力让您满意。'],
  ['您的心情我们理解，会为您妥善处理的，请您放心。', '您的心情我们理解，会为您尽力处理的。'],
  ['我们会尽快核实，给您一个满意的答复。', '我们会尽快核实，给您一个答复。'],
  ['放心您不会有任何损失。', '您不会有太大损失。'],
]);
