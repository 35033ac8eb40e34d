import { describe, expect, it } from 'vitest';
import { rulesFound } from '../rule-kit/table';

describe('overpromise-guarantee', () => {
  it.each([
    'You can count on us to deliver on time.',
    'Consider it done.',
    'Delivery is guaranteed by Friday.',
    '请您放心，我们会处理好的。',
    'We guarantee 99.9% uptime.',
    'We guarantee delivery by Monday.',
    'I promise this will be fixed.',
    'Rest assured, we will handle it.',
    '保证明天完成。',
    '我们会尽快核实，给您一个满意的答复。',
    '承诺到货后优先发货。',
    // 保证 after the writer's own clause is a promise, and may promise that something will not happen.
    '验收版本下周五给您，保证零bug。',
    '您放心，这票货我们保证不会被海关查验。',
    '我们保证这是最后一次。',
  ])('flags %s', (text) => {
    expect(rulesFound(text)).toContain('overpromise-guarantee');
  });
  it.each([
    'The loan is guaranteed by the parent.',
    'Delivery is not guaranteed.',
    'Is delivery guaranteed?',
    'Trust me, I know.',
    'We guarantee nothing at this stage.',
    'Our guarantee covers parts and labour for two years.',
    'They promised to deliver by Friday.',
    'Did you guarantee the loan?',
    'We cannot guarantee delivery by Monday.',
    'Their team promised a fix.',
    'The parent guarantee is attached.',
    'We guarantee the loan through our subsidiary.',
    'If you want, I promise to call.',
    '银行保函已经寄出。',
    '为确保您的信息安全，请私信提供号码。',
    '建议您保证手机有电。',
    // Word senses that are not promises.
    '保证金会在三个工作日内退还。',
    '酒店房间已经做了担保预订，入住时报公司名就行。',
    '为了保证良品率，这批货的交期我们调整到5月28日。',
    '框架协议里原承诺的返点是2%。',
    '保证质量是我们的责任。',
    '我们不保证一定能修好。',
    'We promise that we have not shared your data with any third party.',
    '您说的“保证全额赔偿”我们无法答应。',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('overpromise-guarantee');
  });
});
