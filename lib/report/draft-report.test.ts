import { describe, expect, it } from 'vitest';
import type { Commitment, Goal, HistoryEntry } from '../model/entities';
import { NO_DUE_AT } from '../model/entities';
import { buildReport, composeReport, draftReport, reportFindings } from './draft-report';
import { clientLanguage } from './last-report';

/** Friday 27 Nov 2026, 10:00 UTC. */
const NOW = Date.UTC(2026, 10, 27, 10, 0);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

function commitment(
  action: string,
  dueAt: number,
  extra: Partial<Commitment> = {},
  history: HistoryEntry[] = [],
): Commitment {
  return {
    id: action.replace(/\W/g, '') || 'x',
    clientId: 'acme',
    text: `I will ${action}.`,
    action,
    dueAt,
    dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
    ...(dueAt === NO_DUE_AT ? {} : { due: iso(dueAt) }),
    status: 'open',
    created: iso(NOW - 20 * DAY),
    history: [{ at: iso(NOW - 20 * DAY), change: 'created' }, ...history],
    ...extra,
  };
}

const moved = (from: number, to: number, reason?: string): HistoryEntry => ({
  at: iso(NOW - 2 * DAY),
  change: 'rescheduled',
  from: iso(from),
  to: iso(to),
  ...(reason ? { reason } : {}),
});

const goal: Goal = {
  id: 'g',
  clientId: 'acme',
  title: 'Cut late deliveries',
  specific: 'Late deliveries',
  measure: 'Share of late shipments',
  target: 'Below 2%',
  due: iso(NOW + 45 * DAY),
  why: '',
  status: 'active',
  progress: 40,
  created: iso(NOW - 50 * DAY),
  updated: iso(NOW - 50 * DAY),
  history: [],
};

const ledger = [
  commitment('send the lane report', NOW - 3 * DAY, {
    status: 'done',
    completed: iso(NOW - 4 * DAY),
    completedAt: NOW - 4 * DAY,
  }),
  commitment('send last month’s invoice', NOW - 30 * DAY, {
    status: 'done',
    completed: iso(NOW - 30 * DAY),
    completedAt: NOW - 30 * DAY,
  }),
  commitment('confirm the pickup windows', NOW + 2 * DAY),
  commitment('share the delay breakdown', NOW - DAY),
  commitment('book the quarterly review', NOW + 6 * DAY, {}, [
    moved(NOW + 3 * DAY, NOW + 6 * DAY, 'Dana is travelling'),
  ]),
  commitment('look into the font licence', NO_DUE_AT),
  commitment('send the mood board', NOW - 9 * DAY, { status: 'dropped' }),
];

const base = {
  now: NOW,
  timeZone: 'UTC',
  since: NOW - 14 * DAY,
  commitments: ledger,
  goals: [goal],
};

describe('draftReport', () => {
  it('reports done, in progress, late with new date and reason, next steps and risks, in English', () => {
    expect(draftReport({ ...base, lang: 'en' })).toBe(
      [
        'Progress update, Fri 27 Nov',
        'Done since Fri 13 Nov:\n• Send the lane report (done Mon 23 Nov)',
        'In progress:\n• Confirm the pickup windows, due Sun 29 Nov, 10:00',
        'Running late, with new dates:\n' +
          '• Share the delay breakdown: was due Thu 26 Nov, 10:00; new date to be agreed, to follow in writing.\n' +
          '• Book the quarterly review: now due Thu 3 Dec, 10:00 (was Mon 30 Nov, 10:00). Reason: Dana is travelling',
        'Next steps:\n• Look into the font licence (date to be confirmed)\n' +
          '• Toward “Cut late deliveries”: Below 2% by Mon 11 Jan 2027, 10:00 (40% there)',
        'Risks:\n• Confirm the pickup windows: due Sun 29 Nov, 10:00, within three days',
      ].join('\n\n'),
    );
  });

  it('writes the same report in Chinese, and English items are marked and quoted, not mixed in', () => {
    const text = draftReport({ ...base, lang: 'zh' });
    expect(text).toContain('进展更新');
    expect(text).toContain('自 11月13日 周五 以来已完成：');
    expect(text).toContain(
      '新日期 12月3日 周四 10:00（原定 11月30日 周一 10:00），原因：Dana is travelling',
    );
    expect(text).toContain(
      '• 以英文记录的事项，原文如下（日期待定）\n  > I will look into the font licence.',
    );
    expect(text).toContain('新日期待定，确定后告知');
    expect(text).not.toContain('尽快');
    expect(text).not.toMatch(/^• [A-Za-z]/m);
  });

  it('never reports dropped work or work done before the last report', () => {
    const text = draftReport({ ...base, lang: 'en' });
    expect(text).not.toContain('mood board');
    expect(text).not.toContain('invoice');
  });

  it('says so when there is nothing to report', () => {
    expect(draftReport({ ...base, commitments: [], goals: [], lang: 'en' })).toBe(
      'Progress update, Fri 27 Nov\n\nNothing to report yet.',
    );
  });
});

describe('one language', () => {
  const mixed = [
    commitment('send the revised quote', NOW + 5 * DAY),
    commitment('处理', NO_DUE_AT, { text: '我们会尽快处理发票的问题，保证不会再出现。' }),
  ];

  it('an English report names a Chinese item as such and quotes its original sentence', () => {
    const text = draftReport({ ...base, commitments: mixed, goals: [], lang: 'en' });
    expect(text).toContain(
      '• Item written in Chinese, quoted (date to be confirmed)\n  > 我们会尽快处理发票的问题，保证不会再出现。',
    );
    expect(text).not.toContain('• 处理');
    // Outside the quoted line, no Chinese at all.
    const own = text
      .split('\n')
      .filter((l) => !/^\s*>/.test(l))
      .join('\n');
    expect(own).not.toMatch(/\p{Script=Han}/u);
  });

  it('a Chinese report keeps Chinese items in the sentence template', () => {
    const zh = [commitment('发送修订后的报价', NOW + 5 * DAY, { text: '我会发送修订后的报价。' })];
    const text = draftReport({ ...base, commitments: zh, goals: [], lang: 'zh' });
    expect(text).toContain('• 发送修订后的报价，预计 12月2日 周三 10:00 完成');
  });
});

describe('what an item is called', () => {
  it('a one-word action says nothing: the sentence is quoted instead', () => {
    const vague = [
      commitment('处理', NOW + 5 * DAY, { text: '我们会尽快处理发票的问题。' }),
      commitment('call', NOW + 6 * DAY, { text: 'I will call Dana about the invoice.' }),
    ];
    expect(draftReport({ ...base, commitments: vague, goals: [], lang: 'zh' })).toContain(
      '• 事项原文如下，预计 12月2日 周三 10:00 完成\n  > 我们会尽快处理发票的问题。',
    );
    expect(draftReport({ ...base, commitments: vague, goals: [], lang: 'en' })).toContain(
      '• Item as written, quoted, due Thu 3 Dec, 10:00\n  > I will call Dana about the invoice.',
    );
  });
});

describe('a goal written in the other language', () => {
  it('is named as such and quoted, in both languages', () => {
    const zhGoal = { ...goal, title: '降低延误率', target: '低于2%', specific: '' };
    const en = buildReport({ ...base, commitments: [], goals: [zhGoal], lang: 'en' });
    expect(en.goals.lines).toEqual([
      {
        text: 'Toward a goal written in Chinese, quoted: by Mon 11 Jan 2027, 10:00 (40% there)',
        quote: '降低延误率: 低于2%',
      },
    ]);
    const zh = draftReport({ ...base, commitments: [], goals: [goal], lang: 'zh' });
    expect(zh).toContain(
      '• 以英文记录的目标，原文如下：截止 2027年1月11日 周一 10:00（已完成 40%）\n  > Cut late deliveries: Below 2%',
    );
  });
});

describe('date order and duplicates', () => {
  it('lists each section in date order, whatever the ledger order', () => {
    const shuffled = [
      commitment('c third', NOW + 9 * DAY),
      commitment('a first', NOW + 4 * DAY),
      commitment('b second', NOW + 5 * DAY),
    ];
    const text = draftReport({ ...base, commitments: shuffled, goals: [], lang: 'en' });
    expect(text.indexOf('A first')).toBeLessThan(text.indexOf('B second'));
    expect(text.indexOf('B second')).toBeLessThan(text.indexOf('C third'));
    const rows = buildReport({ ...base, commitments: shuffled, goals: [], lang: 'en' }).table.rows;
    expect(rows.map((r) => r.what.text)).toEqual(['A first', 'B second', 'C third']);
  });

  it('merges the same deliverable logged twice (same client, normalised action and due day)', () => {
    const twice = [
      commitment('Send the lane report.', NOW + 4 * DAY, { id: 'one' }),
      commitment('send the  lane report', NOW + 4 * DAY + 3_600_000, { id: 'two' }),
      commitment('send the lane report', NOW + 8 * DAY, { id: 'later' }),
      commitment('send the lane report', NOW + 4 * DAY, { id: 'globex', clientId: 'globex' }),
    ];
    const text = draftReport({ ...base, commitments: twice, goals: [], lang: 'en' });
    expect(text.match(/Send the lane report, due Tue 1 Dec/g)).toHaveLength(2);
    expect(text.match(/Send the lane report, due Sat 5 Dec/g)).toHaveLength(1);
  });

  it('a deliverable done in one record and open in its copy is reported done', () => {
    const copies = [
      commitment('send the lane report', NOW - DAY, { id: 'open' }),
      commitment('send the lane report', NOW - DAY, {
        id: 'done',
        status: 'done',
        completed: iso(NOW - 2 * DAY),
        completedAt: NOW - 2 * DAY,
      }),
    ];
    const text = draftReport({ ...base, commitments: copies, goals: [], lang: 'en' });
    expect(text).toBe(
      'Progress update, Fri 27 Nov\n\nDone since Fri 13 Nov:\n• Send the lane report (done Wed 25 Nov)',
    );
  });
});

describe('running late, from the history', () => {
  const report = (c: Commitment) =>
    draftReport({ ...base, commitments: [c], goals: [], lang: 'en' });

  it('an item moved earlier is not late', () => {
    const earlier = commitment('book the review', NOW + 2 * DAY, {}, [
      moved(NOW + 6 * DAY, NOW + 2 * DAY, 'The client asked for it sooner'),
    ]);
    expect(report(earlier)).not.toContain('Running late');
    expect(report(earlier)).toContain('In progress:\n• Book the review, due Sun 29 Nov');
  });

  it('an item moved later than its first due is late, with the first due as "was"', () => {
    const later = commitment('book the review', NOW + 9 * DAY, {}, [
      moved(NOW + 2 * DAY, NOW + 4 * DAY, 'Travel'),
      moved(NOW + 4 * DAY, NOW + 9 * DAY, 'Board meeting moved'),
    ]);
    expect(report(later)).toContain(
      'Running late, with new dates:\n• Book the review: now due Sun 6 Dec, 10:00 (was Sun 29 Nov, 10:00). Reason: Board meeting moved',
    );
  });

  it('an item moved later and back to its first date is not late', () => {
    const back = commitment('book the review', NOW + 8 * DAY, {}, [
      moved(NOW + 8 * DAY, NOW + 12 * DAY, 'Travel'),
      moved(NOW + 12 * DAY, NOW + 8 * DAY, 'Back on'),
    ]);
    expect(report(back)).not.toContain('Running late');
  });

  it('a first date given to an undated item is no move', () => {
    const dated = commitment('book the review', NOW + 8 * DAY, {}, [
      { at: iso(NOW - DAY), change: 'rescheduled', from: 'none', to: iso(NOW + 8 * DAY) },
    ]);
    expect(report(dated)).not.toContain('Running late');
  });

  it('due passed and not done is late; done is not', () => {
    expect(report(commitment('send the file', NOW - DAY))).toContain('Running late');
    const done = commitment('send the file', NOW - DAY, {
      status: 'done',
      completed: iso(NOW - DAY / 2),
      completedAt: NOW - DAY / 2,
    });
    expect(report(done)).not.toContain('Running late');
  });
});

describe('risks', () => {
  it('names promises due within three days and promises moved more than once', () => {
    const items = [
      commitment('send the file', NOW + 3 * DAY),
      commitment('send the later file', NOW + 3 * DAY + 60_000),
      commitment('book the review', NOW + 10 * DAY, {}, [
        moved(NOW + 2 * DAY, NOW + 4 * DAY, 'Travel'),
        moved(NOW + 4 * DAY, NOW + 10 * DAY, 'Board'),
      ]),
      commitment('fix the dashboard', NOW + 20 * DAY, {}, [moved(NOW + 5 * DAY, NOW + 20 * DAY)]),
    ];
    const model = buildReport({ ...base, commitments: items, goals: [], lang: 'en' });
    expect(model.risks.lines.map((l) => l.text)).toEqual([
      'Send the file: due Mon 30 Nov, 10:00, within three days',
      'Book the review: moved 2 times, now due Mon 7 Dec, 10:00',
    ]);
    const zh = buildReport({ ...base, commitments: items, goals: [], lang: 'zh' });
    expect(zh.risks.heading).toBe('风险：');
    expect(zh.risks.lines.map((l) => l.text)[1]).toMatch(/已改期 2 次，现定 12月7日 周一/);
  });
});

describe('the rich version', () => {
  it('carries a table (what, due, status) in date order, the risks and the goals', () => {
    const { html } = composeReport({ ...base, lang: 'en' });
    expect(html).toMatch(/^<div><b>Progress update, Fri 27 Nov<\/b><\/div><table/);
    const cells = [...html.matchAll(/<t[hd](?: [^>]*)?>(.*?)<\/t[hd]>/g)].map((m) => m[1]);
    expect(cells).toEqual([
      'What',
      'Due',
      'Status',
      'Send the lane report',
      'Tue 24 Nov, 10:00',
      'Done Mon 23 Nov',
      'Share the delay breakdown',
      'Thu 26 Nov, 10:00',
      'Was due Thu 26 Nov, 10:00; new date to be agreed, to follow in writing',
      'Confirm the pickup windows',
      'Sun 29 Nov, 10:00',
      'On track',
      'Book the quarterly review',
      'Thu 3 Dec, 10:00',
      'Moved from Mon 30 Nov, 10:00. Reason: Dana is travelling',
      'Look into the font licence',
      '—',
      'Date to be confirmed',
    ]);
    expect(html).toContain('<div><b>Risks:</b></div><ul><li>Confirm the pickup windows:');
    expect(html).toContain('<div><b>Next steps:</b></div><ul><li>Toward “Cut late deliveries”');
  });

  it('escapes the ledger’s text and quotes an item of the other language in a blockquote', () => {
    const items = [
      commitment('send <b>specs</b> & "notes"', NOW + 5 * DAY),
      commitment('处理', NO_DUE_AT, { text: '我们会尽快处理发票的问题。' }),
    ];
    const { html } = composeReport({ ...base, commitments: items, goals: [], lang: 'en' });
    expect(html).toContain('Send &lt;b&gt;specs&lt;/b&gt; &amp; &quot;notes&quot;');
    expect(html).toMatch(
      /Item written in Chinese, quoted<blockquote[^>]*>我们会尽快处理发票的问题。<\/blockquote>/,
    );
  });
});

describe('no wording Kept itself flags', () => {
  const everything = [
    ...ledger,
    commitment('处理', NO_DUE_AT, { text: '我们会尽快处理发票的问题，保证不会再出现。' }),
    commitment('发送修订后的报价', NOW + 5 * DAY, { text: '我会发送修订后的报价。' }),
    commitment('fix the export', NOW + 12 * DAY, {}, [
      moved(NOW + 2 * DAY, NOW + 5 * DAY),
      moved(NOW + 5 * DAY, NOW + 12 * DAY, 'Waiting for the data'),
    ]),
    commitment('call the warehouse', NOW - 3 * DAY),
  ];

  it.each(['en', 'zh'] as const)(
    '%s: zero findings on the text and on the rich version',
    (lang) => {
      const report = composeReport({ ...base, commitments: everything, lang });
      expect(report.findings).toEqual([]);
      expect(reportFindings(report.text, NOW, 'UTC')).toEqual([]);
    },
  );

  it('the Chinese report no longer writes "新日期将尽快确认", which Kept flags', () => {
    expect(reportFindings('原定 11月26日 周四，新日期将尽快确认。', NOW, 'UTC')).not.toEqual([]);
    expect(draftReport({ ...base, lang: 'zh' })).not.toContain('新日期将尽快确认');
  });

  it('reports what Kept flags in the ledger’s own words, so the user can change them', () => {
    const absolute = [commitment('guarantee zero downtime', NOW + 5 * DAY)];
    const found = composeReport({ ...base, commitments: absolute, goals: [], lang: 'en' }).findings;
    expect(found.map((f) => f.text)).toEqual(['zero downtime']);
  });
});

describe('clientLanguage', () => {
  it.each([
    ['华星科技 深圳，智能仓储系统。', 'zh'],
    ['Acme Logistics', 'en'],
    ['Acme Logistics 中国', 'en'],
  ])('%s → %s', (sample, lang) => expect(clientLanguage(sample)).toBe(lang));
});
