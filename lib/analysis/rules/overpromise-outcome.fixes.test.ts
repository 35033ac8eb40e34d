import { fixTable } from '../rule-kit/fix-table';

fixTable('overpromise-outcome', [
  ['The data migration will be flawless.', 'The data migration will be smooth.'],
  [
    "We'll have the kiosk running flawlessly before opening day.",
    "We'll have the kiosk running smoothly before opening day.",
  ],
  ['This pump will never break down.', 'This pump should not break down.'],
  [
    'The new layout will lift conversions, no question.',
    'The new layout will lift conversions, as far as we can tell.',
  ],
  ['The gala will go off without a single hitch.', 'The gala will go off smoothly.'],
  [
    "There's zero chance of any delay on our side.",
    "There's little chance of any delay on our side.",
  ],
  ['Your new roof will last a lifetime.', 'Your new roof should last for many years.'],
  [
    "We'll have every bug squashed before go-live.",
    "We'll have the known bugs squashed before go-live.",
  ],
  ['这个培训报名后考试包过。', '这个培训报名后考试争取通过。'],
  ['地暖50年不漏水，这个您百分百放心。', '地暖50年不漏水，这个您放心。'],
  ['上线版本保证零bug。', '上线版本保证尽量减少bug。'],
  ['明天发货，后天100%送到。', '明天发货，后天争取送到。'],
  ['这件事您绝对放心。', '这件事您放心。'],
  ['这个没问题，交给我们，您放一百个心。', '这个没问题，交给我们，您放心。'],
]);
