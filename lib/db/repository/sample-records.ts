import type { CommitmentSource, DueKind } from '../../model/entities';

/** One sample commitment, dated relative to "now" so the sample always has open, overdue and done ones. */
interface SampleCommitment {
  text: string;
  action: string;
  dueKind: DueKind;
  dueInDays?: number;
  loggedDaysAgo: number;
  /** Index into the client's goals. */
  goal?: number;
  source?: CommitmentSource;
  outcome?:
    | { kind: 'done'; offsetDays: number }
    | { kind: 'dropped'; reason: string }
    | { kind: 'rescheduled'; toDays: number; reason: string };
}

interface SampleClient {
  client: { name: string; domains: string[]; notes: string };
  contacts: { email: string; name: string }[];
  goals: {
    title: string;
    specific: string;
    measure: string;
    target: string;
    why: string;
    dueInDays: number;
  }[];
  commitments: SampleCommitment[];
}

/** A Gmail source; the thread ids are made up, so the links open Gmail's inbox, not a real thread. */
const gmail = (threadId: string, subject: string, sentence: string): CommitmentSource => ({
  site: 'gmail',
  url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
  threadId,
  subject,
  sentence,
});

/**
 * The sample clients. Acme's contact is dana@acme.example because the playground composer writes to
 * her; 华星科技 shows Chinese names and text; Northwind's freelancer on gmail.com shows that a
 * free-mail address maps only through a contact.
 */
export const sampleClients: SampleClient[] = [
  {
    client: {
      name: 'Acme Logistics',
      domains: ['acme.example'],
      notes: 'Freight forwarding, Rotterdam–Hamburg lane. Renewal talks in Q1.',
    },
    contacts: [
      { email: 'dana@acme.example', name: 'Dana Whitfield' },
      { email: 'raj.patel@acme.example', name: 'Raj Patel' },
    ],
    goals: [
      {
        title: 'Cut late deliveries on the Rotterdam lane',
        specific: 'Late deliveries on the Rotterdam–Hamburg lane',
        measure: 'Share of shipments arriving after the promised slot',
        target: 'Below 2% for four weeks running',
        why: 'Acme ties the renewal to delivery reliability.',
        dueInDays: 45,
      },
    ],
    commitments: [
      {
        text: 'I will send you the revised lane report by Friday.',
        action: 'send the revised lane report',
        dueKind: 'explicit',
        dueInDays: 2,
        loggedDaysAgo: 3,
        goal: 0,
        source: gmail(
          'sample-acme-lane-report',
          'Lane report Q4',
          'I will send you the revised lane report by Friday.',
        ),
      },
      {
        text: 'We will confirm the new pickup windows tomorrow.',
        action: 'confirm the new pickup windows',
        dueKind: 'vague',
        dueInDays: -1,
        loggedDaysAgo: 3,
        goal: 0,
        source: gmail(
          'sample-acme-pickup',
          'Pickup windows',
          'We will confirm the new pickup windows tomorrow.',
        ),
      },
      {
        text: 'I will share the October delay breakdown by Monday.',
        action: 'share the October delay breakdown',
        dueKind: 'explicit',
        dueInDays: -8,
        loggedDaysAgo: 12,
        goal: 0,
        outcome: { kind: 'done', offsetDays: -1 },
      },
      {
        text: 'I will book the quarterly review for next week.',
        action: 'book the quarterly review',
        dueKind: 'vague',
        dueInDays: 3,
        loggedDaysAgo: 9,
        outcome: { kind: 'rescheduled', toDays: 6, reason: 'Dana is travelling until Wednesday.' },
      },
    ],
  },
  {
    client: {
      name: '华星科技',
      domains: ['huaxing.cn.example'],
      notes: '深圳，智能仓储系统。联系人：李娜（采购）。',
    },
    contacts: [{ email: 'li.na@huaxing.cn.example', name: '李娜' }],
    goals: [
      {
        title: '完成仓储系统试点上线',
        specific: '在东莞仓完成仓储系统试点上线',
        measure: '试点仓的拣货准确率',
        target: '达到 99.5%',
        why: '试点成功后签订全国推广合同。',
        dueInDays: 30,
      },
    ],
    commitments: [
      {
        text: '我们会在本周五之前提交试点方案。',
        action: '提交试点方案',
        dueKind: 'explicit',
        dueInDays: 1,
        loggedDaysAgo: 2,
        goal: 0,
        source: gmail('sample-huaxing-pilot', '试点方案', '我们会在本周五之前提交试点方案。'),
      },
      {
        text: '报价单月底前发给您。',
        action: '发送报价单',
        dueKind: 'explicit',
        dueInDays: -3,
        loggedDaysAgo: 20,
        outcome: { kind: 'done', offsetDays: 1 },
      },
      {
        text: '下周安排工程师上门调研。',
        action: '安排工程师上门调研',
        dueKind: 'vague',
        dueInDays: -2,
        loggedDaysAgo: 10,
        goal: 0,
      },
    ],
  },
  {
    client: {
      name: 'Northwind Studio',
      domains: ['northwind.example'],
      notes: 'Design studio; Pat freelances for them from a personal address.',
    },
    contacts: [
      { email: 'ellen@northwind.example', name: 'Ellen Ma' },
      { email: 'pat.rivera.design@gmail.com', name: 'Pat Rivera' },
    ],
    goals: [],
    commitments: [
      {
        text: 'I will look into the font licence question.',
        action: 'look into the font licence question',
        dueKind: 'none',
        loggedDaysAgo: 4,
      },
      {
        text: 'I will send the mood board by Tuesday.',
        action: 'send the mood board',
        dueKind: 'explicit',
        dueInDays: -15,
        loggedDaysAgo: 20,
        outcome: { kind: 'dropped', reason: 'Northwind paused the rebrand.' },
      },
    ],
  },
];
