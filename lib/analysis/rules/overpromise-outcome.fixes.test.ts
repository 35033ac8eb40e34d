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
  [
    "I'm sorry for the wait; it won't leak again.",
    "I'm sorry for the wait; it shouldn't leak again.",
  ],
  ["You'll never have to chase us again.", 'You should not have to chase us again.'],
  [
    "We'll make sure nothing like this ever happens again.",
    "We'll do everything we can to make sure nothing like this ever happens again.",
  ],
  ['With this plan your launch cannot fail.', 'With this plan your launch should not fail.'],
  ['No intruder will ever get past the gateway.', 'No intruder should get past the gateway.'],
  ['Nothing will slip through the cracks.', 'Nothing should slip through the cracks.'],
  ['You will not be disappointed.', 'We hope you will not be disappointed.'],
  [
    "We won't let anything get in the way of your opening.",
    'We will do our best not to let anything get in the way of your opening.',
  ],
  [
    'Whatever happens, the booth will be ready on Sunday.',
    'Most likely, the booth will be ready on Sunday.',
  ],
  ["It'll be done by Monday, no excuses.", "It'll be done by Monday, as far as we can tell."],
  ['Every single parcel will arrive on time.', 'Every parcel should arrive on time.'],
  ['There will be absolutely no delays.', 'There should be no delays.'],
  [
    "We'll move all 40 offices with no disruption at all.",
    "We'll move all 40 offices with minimal disruption.",
  ],
  [
    'This patch will eliminate every issue you reported.',
    'This patch will address the issues you reported.',
  ],
  ["We'll solve all your problems.", "We'll address your problems."],
  ['Our scheduler always works.', 'Our scheduler usually works.'],
  ['This pump never fails.', 'This pump rarely fails.'],
  ["You're sure to love the new menu.", "You're likely to love the new menu."],
  ["You'll see a 40% rise in bookings.", 'You could see a 40% rise in bookings.'],
  [
    "It's a done deal — the permit will come through next week.",
    "It's likely — the permit will come through next week.",
  ],
  ['Nothing can go wrong with this setup.', 'Little should go wrong with this setup.'],
  [
    "It's a sure thing that the board will approve it.",
    "It's likely that the board will approve it.",
  ],
  ['We can do whatever you need.', 'We can do most of what you need.'],
  ['All your files will be perfectly safe with us.', 'All your files will be safe with us.'],
  ['The leak will be fixed for good.', 'The leak will be fixed.'],
  ["We won't let you down.", 'We will do our best not to let you down.'],
  [
    'The compressors will run for a decade without a single breakdown.',
    'The compressors will run for a decade with very few breakdowns.',
  ],
  ['这事交给我们，您就等着好消息吧。', '这事交给我们，您等我们的消息吧。'],
  ['地暖50年不漏水，这个您百分百放心。', '地暖50年不漏水，这个您放心。'],
  ['上线版本保证零bug。', '上线版本保证尽量减少bug。'],
  ['明天发货，后天100%送到。', '明天发货，后天争取送到。'],
  ['这件事您绝对放心。', '这件事您放心。'],
  ['这个没问题，交给我们，您放一百个心。', '这个没问题，交给我们，您放心。'],
]);
