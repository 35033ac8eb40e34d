// Who undertakes what, by the structure of the sentence: a phrase table per pattern, in both
// languages. `now` is Friday 27 November 2026, 09:00 UTC; due dates are checked by day.
import { describe, expect, it } from 'vitest';
import { analyze } from '../index';

const NOW = '2026-11-27T09:00:00Z';
const run = (text: string) => analyze(text, { now: NOW, timeZone: 'UTC' });
const kinds = (text: string) => run(text).commitments.map((c) => c.dueKind);
const days = (text: string) => run(text).commitments.map((c) => c.due?.slice(0, 10) ?? null);
const findingKinds = (text: string) => run(text).findings.map((f) => f.kind);

describe('an overpromise about the writer’s own action is also a commitment', () => {
  it.each([
    ['We guarantee the migration finishes this weekend.', 'explicit'],
    ['We guarantee delivery by Monday.', 'explicit'],
    ['I promise the certificates will be with you tomorrow.', 'explicit'],
    ['保证明天完成。', 'explicit'],
    ['我们保证今晚之前全部恢复。', 'explicit'],
    ["We'll definitely be able to get the draft to you by Friday.", 'explicit'],
    ['We are absolutely going to send the figures on Monday.', 'explicit'],
    ['请您放心，我们一定准时发货。', 'none'],
    ['我们百分之百按时交付。', 'none'],
  ])('%s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
    expect(findingKinds(text)).toContain('overpromise');
  });
  it.each([
    'Your store will hit the first page of search, guaranteed.',
    'This pump will never break down.',
    '考试包过。',
  ])('an outcome claim with no action is an overpromise only: %s', (text) => {
    expect(kinds(text)).toEqual([]);
    expect(findingKinds(text)).toContain('overpromise');
  });
});

describe('Chinese undertakings without 会/将', () => {
  it.each([
    ['报价单我周四下午发您。', 'explicit'],
    ['合同终稿明早给到您。', 'explicit'],
    ['我们争取周五前上线。', 'explicit'],
    ['尽量本周内给您答复。', 'explicit'],
    ['纪要整理好后发到群里。', 'vague'],
    ['样品我明天上午寄给您。', 'explicit'],
    ['我下班前把表格发您。', 'explicit'],
    ['盖章版我们回头寄您。', 'vague'],
    ['资料我这两天发您。', 'vague'],
    ['这份报告我们出一版修改意见给您。', 'none'],
    ['发票明细我帮您整理成一张表。', 'none'],
    ['系统权限的问题交给我，我来跟进处理。', 'none'],
    ['这批货的交期我们调整到5月28日。', 'explicit'],
    ['样衣三天内交付。', 'explicit'],
    ['您要的色卡我让工厂寄一份给您。', 'none'],
    ['发票今天开具，明天快递给您。', 'explicit'],
    ['您放心，货一到我就安排师傅上门安装。', 'vague'],
    ['我们确保月底前完成全部迁移。', 'explicit'],
    ['货款我们月底前结清。', 'explicit'],
    ['这周五我们出第一版设计稿。', 'explicit'],
    ['明天上午10点我们线上过一下方案。', 'explicit'],
    ['我们打算下周二去现场勘测。', 'explicit'],
    // A certainty word binds the action as a time word does.
    ['请您放心，我们一定准时发货。', 'none'],
    ['我们百分之百按时交付。', 'none'],
    // More actions: publishing, getting things ready (弄好/做好/布置好), adjusting.
    ['我按您说的改好了，今天下午重新发布到各个渠道。', 'explicit'],
    ['展位明早开展前一定全部布置好。', 'explicit'],
    ['防火墙策略我们今晚调整。', 'explicit'],
    // Volunteering without a time: "我们这边安排", arranging someone "来" do it.
    ['嘉宾的接送机我们这边安排。', 'none'],
    ['我们安排有法律背景的顾问来审。', 'none'],
    // The clause before names the event the action waits for: the time is vague.
    ['等仓库确认库存后，再跟您同步具体的发货时间。', 'vague'],
    ['收到您的订单后，我们会在48小时内发货。', 'explicit'],
    ['这个月底之前保质保量完成。', 'explicit'],
    // A party after a preposition is who the writer works with, not who acts.
    ['我们明天跟快递公司核实一下。', 'explicit'],
    ['我这边向银行申请，周五前给您结果。', 'explicit'],
  ])('%s (%s)', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
  it.each([
    '报价单我昨天已经发您了。',
    '请您周四前把报价单发给我们。',
    '给您带来不便，非常抱歉。',
    '报价单发您了吗？',
    '为了便于给您核实，请提供订单号。',
    '他们明天把合同发您。',
    '您先看下合同有没有问题。',
    '我们没有给您发过这封邮件。',
    '您需要的话，我们也可以帮您做一份方案。',
    '资料清单麻烦您这周内提供给我们。',
    '我们已于3月1日发货。',
    '这是因为您在关闭屏幕前正在使用加密应用。',
    '系统明天升级。',
    '请您月底前结清货款。',
    '保证金已经退还到您的账户。',
    '我们承诺的是三天内发货，现在已经延误了，非常抱歉。',
    '为确保按时交付，我们增加了人手。',
    '您已支付成功。',
    // A certainty word with no subject of the writer's side is a claim, not an undertaking.
    '质量肯定过关，安装一定顺利。',
    '他们明天跟您联系。',
    '系统今晚调整。',
  ])('not an undertaking: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('English subjects and shapes beyond "I/we will"', () => {
  it.each([
    ['Our finance team will issue the credit note by Friday.', 'explicit'],
    ['Priya from our design team will share mockups next week.', 'explicit'],
    ['Our QA lead, Dev, will run the regression pass tomorrow.', 'explicit'],
    ['Carla in accounts will email you the invoice.', 'none'],
    ['Your account manager will call you on Tuesday.', 'explicit'],
    ['The replacement units will be dispatched from our depot tomorrow.', 'explicit'],
    ['The refund will hit your account today.', 'explicit'],
    ['Your new laptop will be configured and waiting for you on Monday.', 'explicit'],
    // Email shorthand with the subject left out, with a time ahead.
    ['Sending the signed copy shortly.', 'vague'],
    ['Getting the quote to you by Friday.', 'explicit'],
    ['Sharing the deck tomorrow morning.', 'explicit'],
    ["You'll get the signed copy from us by Thursday.", 'explicit'],
    ['Expect the survey from our surveyor by noon.', 'explicit'],
    ['We intend to complete your year-end audit by the 15th.', 'explicit'],
    ['We plan to have the pilot ready for you by December 15.', 'explicit'],
    ['We aim to send the first concepts next week.', 'explicit'],
    ['We should be able to get the drawings to you by Thursday.', 'explicit'],
    ["We're issuing the refund today.", 'explicit'],
    ['ill send the quote tmrw, sorry!', 'explicit'],
    ['well get the samples out to u asap', 'vague'],
    ['I attach the old template (the new one, which I will fax to you, differs).', 'none'],
    ['Tammy Sheppherd will get you a copy of the reports.', 'none'],
    ["We'll have the new batch on site by Monday.", 'explicit'],
    ['Our IT team will get to the printer issue this afternoon.', 'explicit'],
    ["I'll ask the factory whether they can fit your order into next week's run.", 'none'],
    ['I am going to set the contract up effective Jan 1.', 'none'],
    ["We're on track to hand over the keys by the 14th.", 'explicit'],
    ["You'll hear from me before the board meeting.", 'vague'],
    ["We'll confirm the dates nearer the time.", 'vague'],
    ["Our QA lead will run the regression pass before Thursday's demo.", 'explicit'],
    ["I'll have Sam send you the invoice today.", 'explicit'],
    ["I'll get Sam to call you this afternoon.", 'explicit'],
    ['On it, will update you shortly.', 'vague'],
    ['Look out for an email from our onboarding team tomorrow.', 'explicit'],
    ['Our plan is to send the draft next week.', 'explicit'],
    ['The invoice goes out tomorrow.', 'explicit'],
    ['Installation is booked for next Tuesday at 9.', 'explicit'],
    ['Your order ships Monday.', 'explicit'],
    ["You'll have the draft by Friday.", 'explicit'],
  ])('%s (%s)', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });
  it.each([
    'Their finance team will issue the credit note by Friday.',
    'Acme Freight will deliver the pallets on Monday.',
    'The countries our team will be visiting are listed below.',
    'Prices will go up in January.',
    'The system will be down tonight.',
    'I plan to address the committee in February.',
    'I would like to thank you for your patience.',
    "I'm not sure that I'll be able to attend on Friday.",
    'Let me apologize for the confusion.',
    'I am sending you, as promised, the notes from Monday.',
    'We promise that we have not shared your data.',
    'You will receive a statement from your bank.',
    'Well, that settles it.',
    'He will call you tomorrow.',
    'Acme Corp will send you an invoice.',
    'The countries which we will visit are listed below.',
    'The project is on track to finish in May.',
    'I will have to email them the link.',
    'Look out for ice on the roads.',
    'The meeting is scheduled for Thursday.',
    'He ships products worldwide.',
    "You'll have a great time on Monday.",
    'You will have to sign it by Friday.',
    'The board is set to approve it.',
    'The parts were shipped on the 3rd and should arrive with you by Friday.',
    'Sending my best.',
    'Sending you the files?',
    'Getting there slowly.',
  ])('not a commitment: %s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('a date belongs to its own commitment', () => {
  it('a team’s dated promise and a vague one in one sentence', () => {
    const text =
      "Our ops team will send the lane report by Thursday, and I'll get back to you on pricing soon.";
    expect(kinds(text)).toEqual(['explicit', 'vague']);
    expect(days(text)).toEqual(['2026-12-03', null]);
    expect(findingKinds(text)).toContain('vague-date');
  });
  it('coordinated clauses with one subject share the date', () => {
    expect(days("I'll be in Denver on Monday and will stop by your plant.")).toEqual([
      '2026-11-30',
    ]);
  });
  it('a date in a condition is not the commitment’s', () => {
    expect(days("If the parts arrive Monday, we'll finish by Wednesday.")).toEqual(['2026-12-02']);
  });
});

describe('dates are not asked of what is not a deliverable', () => {
  it.each([
    "We'll do whatever it takes.",
    'I promise this will never happen again.',
    '这种情况以后永远不会再出现。',
    '我们会尽最大努力。',
  ])('%s: an overpromise, no date card', (text) => {
    const found = findingKinds(text);
    expect(found).not.toContain('missing-date');
    expect(found).not.toContain('vague-date');
    expect(kinds(text)).toEqual([]);
  });
});
