import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('overpromise-outcome', () => {
  it.each([
    // An assurance tacked onto a prediction.
    'Your store will hit the first page of search, guaranteed.',
    'The new layout will lift conversions, no question.',
    'We will clear every open invoice by Friday, no exceptions.',
    'Count on it — the crates will be at your warehouse by Tuesday.',
    "Your launch event will be packed — I'd bet my job on it.",
    // A failure ruled out for good.
    'This pump will never break down.',
    "Your new gutters won't need cleaning — they'll never clog, and they will last a lifetime.",
    'The coating is rated for decades: no cracks, ever.',
    "There's zero chance of a delay on our side.",
    "There's no way the renovation goes over budget.",
    // Flawless quality promised for a future result.
    'The data migration will be flawless.',
    "We'll have the kiosk running flawlessly before opening day.",
    'The wedding will go off without a single hitch.',
    "We'll have every bug squashed before the 3rd.",
    // Totality and permanence.
    "We'll meet every deadline on this project.",
    'Definitely by tomorrow.',
    'The leak will be fixed for good.',
    "You'll never have another outage.",
    "You're guaranteed a top-3 ranking.",
    'We deliver 100% on time.',
    'You have nothing to worry about.',
    "We'll solve all your problems.",
    'The new checkout will convert better, period.',
    'You will always get an answer within the hour.',
    'Our couriers never miss a delivery.',
    "We'll move your servers over the weekend without any downtime.",
    'You have my personal guarantee.',
    "You can be sure we'll deliver on time.",
    "That's a promise.",
    'You have our word.',
    "We won't let you down.",
    "We'll hit the date at all costs.",
    'We offer guaranteed delivery by Monday.',
    'We can do anything you need.',
    "This will be the best campaign you've ever run.",
    // Chinese.
    '这个没问题，交给我们，您放一百个心。',
    '放心，绝对给您办得妥妥的。',
    '这个培训报名后考试包过。',
    '年会当天的流程我们全包，保管万无一失。',
    '这款保险出险后都能全额赔付，一分不少。',
    '打样的颜色和您给的色卡一模一样，没问题。',
    '上线版本保证零bug。',
    '明天发货，后天100%送到。',
    '场地明早之前一定全部布置好。',
    '这件事您绝对放心。',
  ])('flags %s', (text) => {
    expect(rulesFound(text)).toContain('overpromise-outcome');
  });
  it.each([
    'The data migration should be smooth, assuming the export is clean.',
    'Hopefully the demo will go off without a hitch.',
    'The last release ran flawlessly.',
    'There was no way to reach the depot on Sunday.',
    'Is the refund guaranteed?',
    'We cannot promise the print will be perfect on recycled stock.',
    'I never said the rollout would be perfect.',
    'Thanks for the perfect feedback.',
    'We hope to meet every deadline.',
    'Did you meet every deadline last quarter?',
    'It was definitely by tomorrow that he said.',
    'The issue was fixed for good in the last release.',
    'We usually answer within the hour, but not always.',
    'I will always remember that trip.',
    'The last move went without any downtime.',
    'Can you be sure it arrives on Monday?',
    "I hope we won't let you down.",
    'We can do anything you like with the layout, but the deadline is fixed.',
    'Can we do anything else for you?',
    'It was the best launch we have ever had.',
    '建议您先确认颜色是否一模一样。',
    '一般情况下都能顺利通过审核。',
    '如果资料齐全，我们争取一次通过。',
    '上次的活动办得万无一失。',
    '请问能100%送到吗？',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('overpromise-outcome');
  });
});
