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
    'If you want, I promise to call.',
    '银行保函已经寄出。',
    '为确保您的信息安全，请私信提供号码。',
    '建议您保证手机有电。',
  ])('ignores %s', (text) => {
    expect(rulesFound(text)).not.toContain('overpromise-guarantee');
  });
});
