import { fixTable } from '../rule-kit/fix-table';

fixTable('overpromise-certainty', [
  ['It will definitely be done tomorrow.', 'It will be done tomorrow.'],
  ['We will certainly deliver on time.', 'We will deliver on time.'],
  ['It will be 100% ready by Monday.', 'It will be fully ready by Monday.'],
  [
    "We'll have your kitchen finished before Thanksgiving, 100%.",
    "We'll have your kitchen finished before Thanksgiving.",
  ],
  ["I'm absolutely sure you'll love the new design.", "I'm hopeful you'll love the new design."],
  [
    'I am certain that the broker will accept the terms.',
    'I am hopeful that the broker will accept the terms.',
  ],
  ['绝对没问题，明天给您。', '应该没问题，明天给您。'],
  [
    "Without a doubt, you'll see the savings within a week.",
    "Most likely, you'll see the savings within a week.",
  ],
  ["I'm certain we can close the deal by Friday.", "I'm hopeful we can close the deal by Friday."],
  ['It will be ready on Friday without question.', 'It will be ready on Friday.'],
  ['请您放心，我们一定准时发货。', '请您放心，我们尽力准时发货。'],
  ['这种问题肯定不会再出现。', '这种问题应该不会再出现。'],
  ['我们绝对不会泄露您的信息。', '我们不会泄露您的信息。'],
  ['我们一定会处理好您的问题。', '我们会尽力处理好您的问题。'],
  ['我们肯定会给您答复。', '我们会尽力给您答复。'],
]);
